package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date at the start of a line, in the forms web pages print it:
 * {@code date 2021-05-09}, {@code Publish Date : 3 March 2022 - 08:40},
 * {@code Tuesday, October 10, 2023}, {@code Feb 2, 2024, 7:05 AM},
 * {@code Published: 2022-11-07T09:30:00Z}, {@code Updated 14:20 GMT, 5 June 2023},
 * {@code 12/05/2021}. Thread-safe and pure.
 *
 * <p>Design decision: numeric dates such as 12/05/2021 are read day first (the form of most of
 * the world's press) unless the first number cannot be a day-of-month reading; the result says
 * when that choice was a guess so the reader can warn.
 */
public final class HeaderDate {

  /** A date found in a line: where it ends (the header's end) and whether it was a guess. */
  public record Found(LocalDate date, int end, boolean ambiguous) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String LABEL =
      "(?:(?:date(?:d)?|publish(?:ed)?(?:\\s+(?:date|on))?|posted(?:\\s+on)?"
          + "|(?:last\\s+)?updated(?:\\s+on)?|first\\s+published(?:\\s+on)?)\\s*[:\\-]?\\s*)?";
  private static final String TIME =
      "\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:gmt|utc|[a-z]{2,4}t)"
          + "(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?";
  private static final String WEEKDAY =
      "(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
  private static final String DATE =
      "(?:(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?:z|[+-]\\d{2}:?\\d{2})?)?"
          + "|(?<sy>\\d{4})/(?<sm>\\d{1,2})/(?<sd>\\d{1,2})"
          + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dm>" + MONTH + ")\\s*,?\\s+(?<dy>\\d{4})"
          + "|(?<mm>" + MONTH + ")\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(?<my>\\d{4})"
          + "|(?<n1>\\d{1,2})[/.](?<n2>\\d{1,2})[/.](?<ny>\\d{4}))";
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*" + LABEL + "(?:" + TIME + "\\s*,?\\s*)?" + WEEKDAY + DATE
          + "(?:\\s*(?:-|–|,|\\||at)?\\s*" + TIME + ")?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private HeaderDate() {}

  /** The date that starts {@code line}, if any, and the offset in the line where it ends. */
  public static Optional<Found> find(String line) {
    Matcher m = HEADER.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    // A date must be followed by a boundary, not run into more digits ("2021-05-091").
    if (m.end() < line.length() && Character.isLetterOrDigit(line.charAt(m.end()))
        && Character.isDigit(line.charAt(m.end() - 1))) {
      return Optional.empty();
    }
    try {
      boolean ambiguous = false;
      LocalDate date;
      if (m.group("iy") != null) {
        date = of(m.group("iy"), m.group("im"), m.group("id"));
      } else if (m.group("sy") != null) {
        date = of(m.group("sy"), m.group("sm"), m.group("sd"));
      } else if (m.group("dd") != null) {
        date = LocalDate.of(year(m.group("dy")), month(m.group("dm")), num(m.group("dd")));
      } else if (m.group("mm") != null) {
        date = LocalDate.of(year(m.group("my")), month(m.group("mm")), num(m.group("md")));
      } else {
        int a = num(m.group("n1"));
        int b = num(m.group("n2"));
        int y = year(m.group("ny"));
        if (a > 12) {
          date = LocalDate.of(y, b, a);
        } else if (b > 12) {
          date = LocalDate.of(y, a, b);
        } else {
          date = LocalDate.of(y, b, a);
          ambiguous = a != b;
        }
      }
      return Optional.of(new Found(date, m.end(), ambiguous));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalDate of(String y, String m, String d) {
    return LocalDate.of(year(y), num(m), num(d));
  }

  private static int year(String y) {
    int year = num(y);
    if (year < 1900 || year > 2200) {
      throw new DateTimeException("implausible year " + year);
    }
    return year;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
