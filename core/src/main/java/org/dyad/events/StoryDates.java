package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.DateLines;

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

  /**
   * As {@link #carried(List, LocalDate)}, item by item of a page whose date lines are
   * {@code lines}: the day of the date line above an event stands for the page date.
   */
  public static List<Event> carried(List<Event> events, LocalDate page, DateLines lines) {
    if (page == null) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    LocalDate day = null;
    DateLines.Section item = null;
    for (Event e : events) {
      DateLines.Section at = lines.sectionAt(e.evidence().triggerBegin());
      if (at != item) {
        day = null;
        item = at;
      }
      LocalDate published = at == null ? page : at.day();
      EventDate d = issued(e.date(), published);
      e = d == e.date() ? e : e.withDate(d);
      if (d.source() == EventDate.Source.TEXT) {
        boolean recent = d.precision() == EventDate.Precision.DAY
            && !d.date().isAfter(published) && !d.date().isBefore(published.minusDays(WEEK));
        day = recent && (day == null || d.date().isAfter(day)) ? d.date() : day;
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

  /** A date the page date gave, given instead by the item's own day. */
  private static EventDate issued(EventDate d, LocalDate day) {
    if (d.source() != EventDate.Source.PUBLICATION || d.date() == null || d.date().equals(day)) {
      return d;
    }
    return d.end() != null ? EventDate.today(day) : EventDate.published(day);
  }
}
