package org.dyad.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Days as users type them ({@code --from 2019-02-26}, {@code ?to=2019-02-26}): the one parser
 * the command line and the HTTP API share, so both accept and refuse the same text. A day is
 * {@code YYYY-MM-DD} with a four-digit year from 0001 to 9999: the ISO parser's signed and
 * longer years ({@code +99999-01-01}, {@code -0001-01-01}) are refused, since no news is dated
 * there and the store's queries are not written for them.
 */
public final class Days {

  /** The earliest day accepted. */
  public static final LocalDate MIN = LocalDate.of(1, 1, 1);
  /** The latest day accepted. */
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Days() {}

  /**
   * The day {@code text} names.
   *
   * @throws IllegalArgumentException saying what a day looks like and quoting (the start of)
   *     the text, when it is not a day from {@link #MIN} to {@link #MAX}
   */
  public static LocalDate parse(String text) {
    String t = text == null ? "" : text.strip();
    if (SHAPE.matcher(t).matches()) {
      try {
        LocalDate day = LocalDate.parse(t);
        if (!day.isBefore(MIN)) {
          return day;
        }
      } catch (DateTimeException e) {
        // answered below
      }
    }
    String shown = t.length() > 40 ? t.substring(0, 40) + "..." : t;
    throw new IllegalArgumentException("a day as YYYY-MM-DD from " + MIN + " to " + MAX
        + ", not '" + shown + "'");
  }
}
