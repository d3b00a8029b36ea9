package org.dyad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;

/**
 * Decides whether a page re-publishes an older story, and then the story's own date, from the
 * dates its text writes: the reference date its events are read against instead of the page
 * date. A page stamped 2024 whose lead writes "on March 3, 2021" and whose text writes no year
 * after 2022 tells a 2021 story ("this year's commemoration" is 2021's). Pure, thread-safe.
 *
 * <p>Design decision: the story's date is the latest full date the lead writes with its year,
 * and it must lie more than a year before the page date, with no year the whole text writes
 * within a year of the page date. Stories recall old dates all the time ("the war that began
 * on February 24, 2022"), and a page of today's news says today's year somewhere; a
 * re-published page gives its own date where a story gives it, at the top. Only written years
 * count: SUTime fills a year into "on Monday" from the page date itself.
 */
public final class Republication {

  /** A year as a word of the text. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(1[89]|2[01])\\d\\d");
  /** The sentences that open a story and give its date, when it gives one. */
  static final int LEAD = 3;

  private Republication() {}

  /** Whether a word is a year as news writes one ("2019"). */
  public static boolean isYear(String word) {
    return WRITTEN_YEAR.matcher(word).matches();
  }

  /**
   * The story's date when the page dated {@code page} re-publishes an older story (the
   * latest day its lead writes out); empty for a page of its own day's news or with no page
   * date. The sentences must be dated against the page date (SUTime's timexes).
   */
  public static Optional<LocalDate> storyDate(List<Sentence> sentences, LocalDate page) {
    if (page == null) {
      return Optional.empty();
    }
    LocalDate latest = latestWrittenDate(sentences.subList(0, Math.min(LEAD,
        sentences.size())));
    return latest != null && latest.plusYears(1).isBefore(page)
        && latestWrittenYear(sentences) < page.getYear() - 1
        ? Optional.of(latest) : Optional.empty();
  }

  /** The latest year the text writes as a word ("in 2019", "March 3, 2019"), or 0. */
  private static int latestWrittenYear(List<Sentence> sentences) {
    int latest = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (isYear(t.word()) && t.ner().matches("DATE|TIME|DURATION")) {
          latest = Math.max(latest, Integer.parseInt(t.word()));
        }
      }
    }
    return latest;
  }

  /** The latest day the text writes out with its year ("March 3, 2019"), or null. */
  private static LocalDate latestWrittenDate(List<Sentence> sentences) {
    LocalDate latest = null;
    for (Sentence s : sentences) {
      for (Timex t : s.timexes()) {
        String v = t.value();
        // Days only: "the 1988 bombing" in today's news is history, not the article's date.
        if (!t.type().equals("DATE") || !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
          continue;
        }
        boolean written = false;
        for (int i = t.first(); i <= t.last(); i++) {
          written |= s.token(i).word().equals(v.substring(0, 4)) && isYear(s.token(i).word());
        }
        if (written) {
          LocalDate d = LocalDate.parse(v);
          latest = latest == null || d.isAfter(latest) ? d : latest;
        }
      }
    }
    return latest;
  }
}
