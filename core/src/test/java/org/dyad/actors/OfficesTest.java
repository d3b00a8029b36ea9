package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {

  private static Offices offices;

  @BeforeAll
  static void load() {
    offices = Offices.standard(KnowledgeBase.standard());
  }

  private static String holder(String title, String scope, String date) {
    return offices.holder(title, scope, LocalDate.parse(date))
        .map(KnowledgeBase.Actor::id).orElse("-");
  }

  @ParameterizedTest
  @CsvSource({
      "president, IRN, 2021-05-01, hassan-rouhani",
      "president, IRN, 2023-05-01, ebrahim-raisi",
      "president, TUR, 2021-05-16, recep-tayyip-erdogan",
      "premier, ISR, 2021-06-12, benjamin-netanyahu",
      "premier, ISR, 2021-06-13, naftali-bennett",
      "prime minister, ISR, 2022-07-01, yair-lapid",
      "chief, united-nations, 2015-06-01, ban-ki-moon",
      "chief, united-nations, 2018-06-01, antonio-guterres",
      "secretary-general, hezbollah, 2021-01-01, hassan-nasrallah",
      "crown prince, SAU, 2020-01-01, mohammed-bin-salman",
  })
  void theOfficeHolderOnTheDate(String title, String scope, String date, String expected) {
    assertEquals(expected, holder(title, scope, date));
  }

  @Test
  void nothingForUnknownTitlesScopesOrDates() {
    assertEquals("-", holder("astronaut", "IRN", "2021-05-01"));
    assertEquals("-", holder("president", "ATA", "2021-05-01"));
    assertEquals("-", offices.holder("president", "IRN", null).map(a -> a.id()).orElse("-"));
  }

  @Test
  void aTitleWithoutRolesIsRejectedWithItsLine() {
    List<Tsv.Row> rows = Tsv.parse("role-words.tsv", "# titles\nking\tking\nemperor\t\n", 1);
    Executable build = () -> Offices.of(KnowledgeBase.standard(), rows);
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(
        DataFileException.class, build);
    assertTrue(e.getMessage().startsWith("role-words.tsv line 3"), e.getMessage());
  }
}
