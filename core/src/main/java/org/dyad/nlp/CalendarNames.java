package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English names of the months and the days of the week, in lower case, as
 * {@code java.time} names them: one list for the stages that read a date ({@code
 * events.EventDater}) and those that must not take one for a place ({@code
 * places.PlaceNames}).
 */
public final class CalendarNames {

  /** "january" to "december". */
  public static final Set<String> MONTHS = lowerCase(Arrays.stream(Month.values()));

  /** "monday" to "sunday". */
  public static final Set<String> WEEKDAYS = lowerCase(Arrays.stream(DayOfWeek.values()));

  private CalendarNames() {}

  private static Set<String> lowerCase(Stream<? extends Enum<?>> names) {
    return names.map(n -> n.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
