package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a value that is meant to hold one (a meta tag's content, a
 * JSON field, a {@code <time datetime>}) or from a URL ({@code /2021/05/16/},
 * {@code /20210516/}, {@code /2021-05-16-title}). Pure and thread-safe.
 *
 * <p>Design decision: a timestamp with an offset keeps the calendar day it was written with
 * ({@code 2021-05-16T23:30-05:00} is the 16th): the publisher's own day, as printed on the page.
 */
public final class DateText {

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
  private static final Pattern URL_DATE_SEPARATED = Pattern.compile(
      "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?=/)");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

  private DateText() {}

  /** The date a date-holding value gives, if it is one. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 100) {
      return Optional.empty();
    }
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      Instant at = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      LocalDate d = at.atZone(ZoneOffset.UTC).toLocalDate();
      return plausible(d) ? Optional.of(d) : Optional.empty();
    }
    return HeaderDate.find(v).map(HeaderDate.Found::date);
  }

  /** The date written in a URL's path, if any. */
  public static Optional<LocalDate> fromUrl(String url) {
    if (url == null || url.isEmpty()) {
      return Optional.empty();
    }
    int scheme = url.indexOf("://");
    int pathStart = url.indexOf('/', scheme >= 0 ? scheme + 3 : 0);
    if (pathStart < 0) {
      return Optional.empty();
    }
    String path = url.substring(pathStart);
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    for (Pattern p : new Pattern[] {URL_DATE_SEPARATED, URL_DATE}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        try {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (plausible(d)) {
            return Optional.of(d);
          }
        } catch (DateTimeException e) {
          // 2021/02/30 is no date; look no further
        }
      }
    }
    return Optional.empty();
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= 1900 && d.getYear() <= 2200;
  }
}
