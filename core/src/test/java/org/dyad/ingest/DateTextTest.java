package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

  @Test
  void datesInUrls() {
    LocalDate d = LocalDate.of(2021, 5, 16);
    assertEquals(d, DateText.fromUrl("https://x.example/world/2021/05/16/iran-gaza").get());
    assertEquals(d, DateText.fromUrl("https://x.example/2021/5/16/iran").get());
    assertEquals(d, DateText.fromUrl("https://x.example/news/20210516/iran.html").get());
    assertEquals(d, DateText.fromUrl("https://x.example/2021-05-16-iran-gaza").get());
    assertTrue(DateText.fromUrl("https://x.example/story/1234567890").isEmpty());
    assertTrue(DateText.fromUrl("https://x.example/2021/02/30/no-such-day").isEmpty());
    assertTrue(DateText.fromUrl("https://2021.example/").isEmpty());
  }

  @Test
  void datesInValues() {
    LocalDate d = LocalDate.of(2021, 5, 16);
    assertEquals(d, DateText.parse("2021-05-16T23:30:00-05:00").get());
    assertEquals(d, DateText.parse("May 16, 2021").get());
    assertEquals(d, DateText.parse("16 May 2021 10:00").get());
    assertEquals(d, DateText.parse("1621160000").get());
    assertTrue(DateText.parse("yesterday").isEmpty());
  }
}
