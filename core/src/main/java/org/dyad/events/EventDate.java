package org.dyad.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, with the precision the source gave and where the date came from.
 * {@link #unknown()} stands for an event with no date at all (no publication date, none in
 * the text).
 *
 * @param date the first day of the period (the day itself for DAY precision, the Monday for
 *     WEEK: "last week"), or null
 */
public record EventDate(LocalDate date, Precision precision, Source source) {

  /** How much of the date is known. */
  public enum Precision { DAY, WEEK, MONTH, YEAR, NONE }

  /**
   * Where the date came from: the sentence's own words, the article's publication date, or
   * the latest date the article's text gives when the page date is years after it (a
   * re-published page).
   */
  public enum Source { TEXT, PUBLICATION, ARTICLE, NONE }

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
    if ((date == null) != (precision == Precision.NONE)) {
      throw new IllegalArgumentException("a date without precision, or precision without date");
    }
  }

  public static EventDate unknown() {
    return new EventDate(null, Precision.NONE, Source.NONE);
  }

  public static EventDate published(LocalDate date) {
    return date == null ? unknown() : new EventDate(date, Precision.DAY, Source.PUBLICATION);
  }

  /**
   * The date as written in output: YYYY-MM-DD, YYYY-Www (an ISO week), YYYY-MM or YYYY; null
   * when unknown.
   */
  public String value() {
    return switch (precision) {
      case DAY -> date.toString();
      case WEEK -> String.format(java.util.Locale.ROOT, "%d-W%02d",
          date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
          date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> date.toString().substring(0, 4);
      case NONE -> null;
    };
  }

  /** The last day of the period (the day itself for DAY precision); null when unknown. */
  public LocalDate last() {
    return switch (precision) {
      case DAY -> date;
      case WEEK -> date.plusDays(6);
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
      case NONE -> null;
    };
  }
}
