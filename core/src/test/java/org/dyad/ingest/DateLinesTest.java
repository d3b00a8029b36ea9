package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLinesTest {

  private static final LocalDate PAGE = LocalDate.parse("2025-04-07");

  private static List<LocalDate> days(String text) {
    return DateLines.of(text, PAGE).sections().stream().map(DateLines.Section::day).toList();
  }

  @Test
  void eachLineThatIsOnlyADateOpensAnItem() {
    String page = "Statement on the drills\n04/06/2025\nWe express concern.\n"
        + "04/07/2025 02:40 PM EDT\nThe Secretary spoke today with the minister.\n";
    DateLines lines = DateLines.of(page, PAGE);
    // 04/06/2025 read day first would be 4 June, after the page: the other reading holds.
    assertEquals(List.of(LocalDate.parse("2025-04-06"), PAGE), days(page));
    assertNull(lines.sectionAt(0));
    assertEquals(LocalDate.parse("2025-04-06"), lines.sectionAt(page.indexOf("We express")).day());
    assertEquals(PAGE, lines.sectionAt(page.indexOf("The Secretary")).day());
  }

  @Test
  void aDateInsideASentenceOrOutsideTheMonthBeforeThePageOpensNothing() {
    assertEquals(List.of(), days("April 3, 2025 was the day the talks began.\n"));
    assertEquals(List.of(), days("Updated\nApril 9, 2025\nThe talks went on.\n"));
    assertEquals(List.of(), days("Archive\nJanuary 9, 2024\nThe talks went on.\n"));
    assertEquals(List.of(LocalDate.parse("2025-04-03")),
        days("Readout\nApril 3, 2025\nThe talks went on.\n"));
  }

  @Test
  void withoutAPageDateThereAreNoItems() {
    assertEquals(List.of(), DateLines.of("04/06/2025\nText\n", null).sections());
  }
}
