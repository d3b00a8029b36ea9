package org.dyad.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, with the precision the source gave and where the date came from.
 * {@link #unknown()} stands for an event with no date at all (no publication date, none in
 * the text).
 *
 * @param date the first day of the period (the day itself for DAY precision; for WEEK the
 *     Monday of an ISO week, or the first of the seven days before the page's day for "last
 *     week"), or null
 * @param end the last day the event can lie on when the text closes the period before its
 *     end ("earlier this month" ends the day before publication), or null: {@link #last()}
 */
public record EventDate(LocalDate date, Precision precision, Source source, LocalDate end) {

  /**
   * How much of the date is known. A season is three months from its first: spring from
   * March, summer from June, autumn from September, winter from December of its year.
   */
  public enum Precision { DAY, WEEK, MONTH, SEASON, YEAR, NONE }

  /**
   * Where the date came from: the sentence's own words, the article's publication date, the
   * article's text elsewhere (the day an earlier sentence of the story gives: {@link
   * StoryDates}), or the story's own time on a re-published page ({@code STORY}: the latest
   * date the lead writes, where the page date lies years after every date the text writes;
   * the page date is kept on the article).
   */
  public enum Source { TEXT, PUBLICATION, ARTICLE, STORY, NONE }

  /** Seasons by their first month divided by three, modulo four: December is winter. */
  private static final String[] SEASONS = {"WI", "SP", "SU", "FA"};

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
    if ((date == null) != (precision == Precision.NONE)) {
      throw new IllegalArgumentException("a date without precision, or precision without date");
    }
    if (end != null && (date == null || end.isBefore(date))) {
      throw new IllegalArgumentException("a period that ends before it begins: " + end);
    }
  }

  public EventDate(LocalDate date, Precision precision, Source source) {
    this(date, precision, source, null);
  }

  /**
   * The same date ending no later than {@code day} (the period's own end when that is
   * earlier); the date itself when {@code day} lies before the period.
   */
  public EventDate until(LocalDate day) {
    return date == null || day.isBefore(date) ? this
        : new EventDate(date, precision, source, day.isBefore(last()) ? day : end);
  }

  public static EventDate unknown() {
    return new EventDate(null, Precision.NONE, Source.NONE);
  }

  public static EventDate published(LocalDate date) {
    return date == null ? unknown() : new EventDate(date, Precision.DAY, Source.PUBLICATION);
  }

  /**
   * The page's own day, for an act the sentence tells in the present tense ("We urge ...",
   * "The United States condemns ..."): it takes place as the page is written, so the period is
   * closed on that day and no earlier day of the story carries to it ({@link StoryDates}).
   */
  public static EventDate today(LocalDate date) {
    return date == null ? unknown() : new EventDate(date, Precision.DAY, Source.PUBLICATION, date);
  }

  /**
   * The date as written in output: YYYY-MM-DD, YYYY-Www (an ISO week), YYYY-MM, YYYY-SP,
   * -SU, -FA or -WI (a season, as SUTime writes it: the winter of a year begins in its
   * December) or YYYY; null when unknown.
   */
  public String value() {
    return switch (precision) {
      case DAY -> date.toString();
      case WEEK -> String.format(java.util.Locale.ROOT, "%d-W%02d",
          date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
          date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> date.toString().substring(0, 7);
      case SEASON -> date.getYear() + "-" + SEASONS[(date.getMonthValue() / 3) % 4];
      case YEAR -> date.toString().substring(0, 4);
      case NONE -> null;
    };
  }

  /**
   * The last day of the period (the day itself for DAY precision; {@code end} where the text
   * closes it earlier); null when unknown.
   */
  public LocalDate last() {
    if (end != null) {
      return end;
    }
    return switch (precision) {
      case DAY -> date;
      case WEEK -> date.plusDays(6);
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case SEASON -> date.withDayOfMonth(1).plusMonths(3).minusDays(1);
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
      case NONE -> null;
    };
  }
}
