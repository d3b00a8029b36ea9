package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "' date 2021-05-16 Ali Akbar Velyati made the remarks' | 2021-05-16 | 16",
      "Publish Date : 3 March 2022 - 08:40 | 2022-03-03 | 35",
      "Tuesday, October 10, 2023 | 2023-10-10 | 25",
      "Feb 2, 2024, 7:05 AM | 2024-02-02 | 20",
      "Published: 2022-11-07T09:30:00Z | 2022-11-07 | 31",
      "Updated 14:20 GMT, 5 June 2023 | 2023-06-05 | 30",
      "2020-01-03 | 2020-01-03 | 10",
      "25/12/2021 | 2021-12-25 | 10",
      "Posted on Sept. 9th, 2019 | 2019-09-09 | 25",
  })
  void findsHeaderDates(String line, LocalDate expected, int end) {
    HeaderDate.Found found = HeaderDate.find(line).orElseThrow();
    assertEquals(expected, found.date());
    assertEquals(end, found.end(), "end of header in: " + line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Iran and Syria signed a deal on 3 March 2022.",
      "Ali Akbar Velyati made the remarks",
      "2021-02-30",
      "Subscribe to our newsletter",
      "20210516 was a Sunday",
  })
  void ignoresLinesThatDoNotStartWithADate(String line) {
    assertFalse(HeaderDate.find(line).isPresent(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12/05/2021", "05.06.2022"})
  void flagsDayMonthAmbiguity(String line) {
    assertTrue(HeaderDate.find(line).orElseThrow().ambiguous());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12/12/2021", "13/05/2021"})
  void unambiguousNumericDates(String line) {
    assertFalse(HeaderDate.find(line).orElseThrow().ambiguous());
  }
}
