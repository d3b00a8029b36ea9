package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

  @Test
  void readsDaysOfFourDigitYears() {
    assertEquals(LocalDate.of(2019, 2, 26), Days.parse("2019-02-26"));
    assertEquals(Days.MIN, Days.parse("0001-01-01"));
    assertEquals(Days.MAX, Days.parse("9999-12-31"));
    assertEquals(LocalDate.of(2020, 2, 29), Days.parse(" 2020-02-29 "));
  }

  @Test
  void refusesSignedLongAndZeroYearsAndImpossibleDays() {
    for (String bad : new String[] {"+99999-01-01", "-0001-01-01", "0000-06-01", "2019-02-30",
        "2019-13-01", "19-02-26", "2019-2-26", "", "tomorrow"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Days.parse(bad), bad);
      assertTrue(e.getMessage().contains("YYYY-MM-DD") && e.getMessage().contains("'" + bad
          + "'"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Days.parse(null));
  }

  @Test
  void quotesOnlyTheStartOfALongText() {
    String e = assertThrows(IllegalArgumentException.class, () -> Days.parse("9".repeat(500)))
        .getMessage();
    assertTrue(e.length() < 120, e);
  }
}
