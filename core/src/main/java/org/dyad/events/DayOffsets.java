package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;

/**
 * Dates an act told as a counted time before or after the sentence's main act: "Israeli planes
 * struck Gaza on Thursday, a day after a missile strike killed the commander" (the killing: the
 * Wednesday), "two days before the vote, police arrested ..." (the arrests: two days before the
 * vote's day is not known, so only a main clause dated by the text or the page counts). A main
 * act with no time of its own ("The attack comes a day after militants killed ...") is news of
 * the page's day, and the act is counted from that day. The act in the "after"/"before"
 * phrase lies between the word and the end of its stretch of the sentence (the next comma,
 * semicolon or the end); the main act is the first verb outside that stretch, dated as usual.
 * Pure.
 */
final class DayOffsets {

  private static final Pattern DAYS = Pattern.compile("^P(\\d+)([DW])$");
  private static final Map<String, Integer> COUNTS = Map.of("a", 1, "one", 1, "the", 1,
      "two", 2, "three", 3, "four", 4, "five", 5);

  private DayOffsets() {}

  /**
   * The date of the act at {@code anchor} when it lies in a counted "after"/"before" phrase and
   * the sentence's main act has a day, its own or the page's; else null. {@code dateOf} dates
   * a token the usual way.
   */
  static EventDate of(Sentence s, int anchor, IntFunction<EventDate> dateOf) {
    for (Count c : counts(s)) {
      if (c.word() >= anchor || anchor > c.end()) {
        continue;
      }
      int main = mainVerb(s, c.timex().first(), c.end());
      if (main < 0) {
        return null;
      }
      EventDate ref = dateOf.apply(main);
      if (ref == null || ref.date() == null || ref.precision() != EventDate.Precision.DAY
          || ref.source() != EventDate.Source.TEXT
          && ref.source() != EventDate.Source.PUBLICATION) {
        return null;
      }
      LocalDate day = c.after() ? ref.date().minusDays(c.days()) : ref.date().plusDays(c.days());
      return new EventDate(day, EventDate.Precision.DAY, EventDate.Source.TEXT);
    }
    return null;
  }

  /**
   * The date of the main act at {@code anchor} when the sentence counts it from an act its
   * words date: "Iran met Oman a day after Israel struck Gaza on May 3" (the meeting: May 4),
   * "two days before the vote on Sunday, police arrested ..." (the arrests: the Friday); else
   * null. {@code ownDate} dates a token by its own words only (a date inside the counted
   * phrase), so that the two counts never lean on each other.
   */
  static EventDate from(Sentence s, int anchor, IntFunction<EventDate> ownDate) {
    for (Count c : counts(s)) {
      if (anchor >= c.timex().first() && anchor <= c.end()
          || mainVerb(s, c.timex().first(), c.end()) != anchor) {
        continue;
      }
      for (int i = c.word() + 1; i <= c.end(); i++) {
        if (!s.token(i).isVerb() && !s.token(i).pos().startsWith("NN")) {
          continue;
        }
        EventDate ref = ownDate.apply(i);
        if (ref != null && ref.date() != null && ref.precision() == EventDate.Precision.DAY
            && ref.source() == EventDate.Source.TEXT) {
          LocalDate day = c.after() ? ref.date().plusDays(c.days())
              : ref.date().minusDays(c.days());
          return new EventDate(day, EventDate.Precision.DAY, EventDate.Source.TEXT);
        }
      }
    }
    return null;
  }

  /**
   * A counted time before or after an act: the duration ({@code timex}), the "after" or
   * "before" right behind it ({@code word}), how many days, and the last token of its stretch.
   */
  private record Count(Timex timex, int word, int days, boolean after, int end) {}

  /** The counted times of a sentence ("a day after", "two weeks before"), in its order. */
  private static List<Count> counts(Sentence s) {
    List<Count> out = new ArrayList<>();
    for (Timex t : s.timexes()) {
      int word = t.last() + 1;
      if (word >= s.tokens().size()) {
        continue;
      }
      String w = s.token(word).word().toLowerCase(Locale.ROOT);
      int days = days(s, t);
      if (days > 0 && (w.equals("after") || w.equals("before"))) {
        out.add(new Count(t, word, days, w.equals("after"), stretchEnd(s, word)));
      }
    }
    return out;
  }

  /** Days in a duration of days or weeks ("a day", "two days", "a week"), else 0. */
  private static int days(Sentence s, Timex t) {
    if (!t.type().equals("DURATION")) {
      return 0;
    }
    Matcher m = DAYS.matcher(t.value());
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      return m.group(2).equals("W") ? 7 * n : n;
    }
    String first = s.token(t.first()).word().toLowerCase(Locale.ROOT);
    String last = s.token(t.last()).lemma().toLowerCase(Locale.ROOT);
    return last.equals("day") ? COUNTS.getOrDefault(first, 0) : 0;
  }

  /** The last token of the stretch that starts at {@code word}: before the next , ; or end. */
  private static int stretchEnd(Sentence s, int word) {
    for (int i = word + 1; i < s.tokens().size(); i++) {
      String w = s.token(i).word();
      if (w.equals(",") || w.equals(";")) {
        return i - 1;
      }
    }
    return s.tokens().size() - 1;
  }

  /** The sentence's root verb when outside the counted stretch, else the first verb outside. */
  private static int mainVerb(Sentence s, int from, int end) {
    for (Token t : s.tokens()) {
      if (t.isVerb() && (t.index() < from || t.index() > end)
          && s.treeParent(t.index()) == null) {
        return t.index();
      }
    }
    for (Token t : s.tokens()) {
      if (t.isVerb() && (t.index() < from || t.index() > end)) {
        return t.index();
      }
    }
    return -1;
  }
}
