package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.DateLines;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Dates the article's events that no words of their own sentence date, from the story's
 * latest day before them: "Yesterday the Secretary called the Foreign Minister. The Secretary
 * thanked him for ..." tells of one call, and the thanks took place on its day. Pure.
 *
 * <p>Design decision: only a single day the text gives, within the seven days before the page
 * date, carries on. The coding guide dates an event with no time word anywhere in the week
 * before publication, and a reaction to a dated event no earlier than that event, so such a
 * day lies inside either range, while it is exact when the sentence goes on telling of that
 * day's event. The latest such day wins, not the nearest: a story recalls the week's earlier
 * steps ("thanked him for the meeting on June 9") inside the telling of its own day's news.
 * Runs after {@link Retellings}, so that which retellings are one event does not change. An
 * act told in the present tense ("We urge ...") keeps the page's day ({@link EventDate#today}).
 *
 * <p>A sentence that codes no event still tells the story's day: "On Friday, tens of
 * thousands held a rally. The rally came after Kim ordered preparations for strikes" dates the
 * order by the rally's Friday even when the rally itself names no actor Dyad can code. Each
 * parsed sentence's main verb, dated by its own words ({@link #day}), is a {@link Mark} that
 * moves the story's day exactly as a dated event does.
 *
 * <p>A page of several items under date lines of their own ({@link DateLines}: a list of press
 * releases, a statement under its issue date) is read item by item: each item's events that
 * the page date would date take its date line's day instead, as the publication date of that
 * item, and no day carries from one item to the next.
 */
public final class StoryDates {

  /** How far before the page date a day of the text may lie and still carry on. */
  private static final int WEEK = 7;

  private StoryDates() {}

  /**
   * The events, in the order the article tells them, each one dated by the publication date
   * dated instead by the latest recent day of the text before it (date source "article").
   */
  public static List<Event> carried(List<Event> events, LocalDate published) {
    return carried(events, published, DateLines.none());
  }

  /** The day a sentence's main verb is told on, at the offset of that verb in the text. */
  public record Mark(int offset, LocalDate day) {}

  /**
   * The day sentence {@code s}'s main verb is told on by the sentence's own words, as a mark,
   * when the dater gives it a day from the text; else empty.
   */
  public static java.util.Optional<Mark> day(Sentence s, EventDater dater, LocalDate published) {
    if (!s.parsed() || published == null) {
      return java.util.Optional.empty();
    }
    if (s.timexes().stream().anyMatch(t -> EventDater.relativeDay(s, t) != 0)) {
      // "the day before" tells no day of its own: it counts from the story's (counted()).
      return java.util.Optional.empty();
    }
    for (Dependency d : s.dependencies()) {
      if (d.base().equals("root") && d.dependent() >= 0) {
        EventDate date = dater.date(s, d.dependent(), published);
        return date.source() == EventDate.Source.TEXT
            && date.precision() == EventDate.Precision.DAY && date.end() == null
            ? java.util.Optional.of(new Mark(s.token(d.dependent()).begin(), date.date()))
            : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * As {@link #carried(List, LocalDate)}, item by item of a page whose date lines are
   * {@code lines}: the day of the date line above an event stands for the page date.
   */
  public static List<Event> carried(List<Event> events, LocalDate page, DateLines lines) {
    return carried(events, List.of(), page, lines);
  }

  /**
   * As {@link #carried(List, LocalDate, DateLines)}, with the days of the {@code marks}
   * (sentences' main verbs, in text order) moving the story's day as dated events do.
   */
  public static List<Event> carried(List<Event> events, List<Mark> marks, LocalDate page,
      DateLines lines) {
    if (page == null) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    LocalDate day = null;
    DateLines.Section item = null;
    int next = 0;
    for (Event e : events) {
      int offset = e.evidence().triggerBegin();
      DateLines.Section at = lines.sectionAt(offset);
      for (; next < marks.size() && marks.get(next).offset() <= offset; next++) {
        Mark m = marks.get(next);
        DateLines.Section markAt = lines.sectionAt(m.offset());
        if (markAt != item) {
          day = null;
          item = markAt;
        }
        day = later(day, m.day(), markAt == null ? page : markAt.day());
      }
      if (at != item) {
        day = null;
        item = at;
      }
      LocalDate published = at == null ? page : at.day();
      EventDate d = issued(e.date(), published);
      e = d == e.date() ? e : e.withDate(d);
      if (d.source() == EventDate.Source.TEXT) {
        if (d.precision() == EventDate.Precision.DAY) {
          day = later(day, d.date(), published);
        }
        out.add(e);
      } else if (d.source() == EventDate.Source.PUBLICATION && d.end() == null && day != null) {
        out.add(e.withDate(new EventDate(day, EventDate.Precision.DAY,
            EventDate.Source.ARTICLE)));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A sentence that counts its day from the story's ("the day before", "the next day"):
   * its span in the text and the days counted.
   */
  public record Counted(int begin, int end, int days) {}

  /** The counts of days from the story's day that sentence {@code s} writes, if any. */
  public static java.util.Optional<Counted> counted(Sentence s) {
    return s.timexes().stream().mapToInt(t -> EventDater.relativeDay(s, t)).filter(d -> d != 0)
        .boxed().findFirst().map(d -> new Counted(s.begin(), s.end(), d));
  }

  /**
   * As {@link #carried(List, List, LocalDate, DateLines)}; an event of a {@code counted}
   * sentence that its count dated from the page's day is counted from the story's day when
   * an earlier sentence gives one (date source "article"): "Iran met Oman on Tuesday. Iran
   * attacked Iraq the day before" dates the attack Monday.
   */
  public static List<Event> carried(List<Event> events, List<Mark> marks,
      List<Counted> counted, LocalDate page, DateLines lines) {
    if (page == null || counted.isEmpty()) {
      return carried(events, marks, page, lines);
    }
    List<Event> dated = carried(events, marks, page, lines);
    // The story's day before each counting sentence: the latest recent day of the text
    // told before it (marks and text-dated events), item by item as carried() reads them.
    List<Event> out = new ArrayList<>(dated.size());
    for (Event e : dated) {
      int at = e.evidence().triggerBegin();
      Counted c = counted.stream().filter(x -> x.begin() <= at && at < x.end()).findFirst()
          .orElse(null);
      DateLines.Section item = lines.sectionAt(at);
      LocalDate published = item == null ? page : item.day();
      if (c == null || e.date().source() != EventDate.Source.TEXT
          || !published.plusDays(c.days()).equals(e.date().date())) {
        out.add(e);
        continue;
      }
      LocalDate day = null;
      for (Mark m : marks) {
        if (m.offset() < c.begin() && lines.sectionAt(m.offset()) == item) {
          day = later(day, m.day(), published);
        }
      }
      for (Event x : dated) {
        if (x.evidence().triggerBegin() < c.begin() && lines.sectionAt(
            x.evidence().triggerBegin()) == item && x.date().source() == EventDate.Source.TEXT
            && x.date().precision() == EventDate.Precision.DAY && x.date().end() == null) {
          day = later(day, x.date().date(), published);
        }
      }
      out.add(day == null ? e : e.withDate(new EventDate(day.plusDays(c.days()),
          EventDate.Precision.DAY, EventDate.Source.ARTICLE)));
    }
    return out;
  }

  /** The story's day after a text day {@code told}: the later of the two, if recent. */
  private static LocalDate later(LocalDate day, LocalDate told, LocalDate published) {
    boolean recent = !told.isAfter(published) && !told.isBefore(published.minusDays(WEEK));
    return recent && (day == null || told.isAfter(day)) ? told : day;
  }

  /** A date the page date gave, given instead by the item's own day. */
  private static EventDate issued(EventDate d, LocalDate day) {
    if (d.source() != EventDate.Source.PUBLICATION || d.date() == null || d.date().equals(day)) {
      return d;
    }
    return d.end() != null ? EventDate.today(day) : EventDate.published(day);
  }
}
