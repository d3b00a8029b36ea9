package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dyad.corpus.Dedup;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleParser;
import org.dyad.store.Ingester;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-published page and the original outlet's report of the same happening, coded by the
 * real pipeline and stored: the page is flagged, its events are dated in the story's time,
 * and the store holds one event reported by two articles. Team-written texts (invented).
 */
class RepublishedIT {

  /** The original outlet's report, published two days after the meeting. */
  private static final String ORIGINAL = "date 2021-03-03\n\n"
      + "Iranian and Omani ministers meet\n\n"
      + "MUSCAT (Gulfwire) -- Iranian Foreign Minister Mohammad Javad Zarif met Omani Foreign"
      + " Minister Badr Albusaidi in Muscat on Monday to discuss shipping in the Gulf.\n";

  /** Another outlet's page, stamped 2024, that carries the 2021 story. */
  private static final String REPUBLISHED = "date 2024-09-18\n\n"
      + "Letters from Tehran to Muscat\n\n"
      + "TEHRAN — Iranian Foreign Minister Mohammad Javad Zarif wrote to Omani Foreign Minister"
      + " Badr Albusaidi on March 3, 2021, thanking Oman for hosting talks on shipping in the"
      + " Gulf.\n\n"
      + "Zarif met Albusaidi in Muscat on Monday, the ministry said. He said this year's"
      + " commemoration of the Gulf shipping forum would be held in Muscat.\n";

  @TempDir
  Path dir;

  @Test
  void theRepublishedPageAndTheOriginalAreOneEventInTheStore() throws Exception {
    ArticleParser parser = ArticleParser.standard();
    Article original = parser.parse("original", "original.txt", ORIGINAL).value().orElseThrow();
    Article page = parser.parse("page", "page.txt", REPUBLISHED).value().orElseThrow();
    Pipeline.Coded first = TestPipeline.get().code(original);
    Pipeline.Coded again = TestPipeline.get().code(page);
    assertFalse(first.republished());
    assertTrue(again.republished(), "a page whose dates all lie three years back");
    assertEquals(LocalDate.of(2024, 9, 18), again.article().published(), "page date kept");
    assertEquals(LocalDate.of(2021, 3, 3), again.storyDate());
    Event met = again.events().stream().filter(e -> e.code().value().equals("040"))
        .findFirst().orElseThrow();
    assertEquals(new EventDate(LocalDate.of(2021, 3, 1), EventDate.Precision.DAY,
        EventDate.Source.TEXT), met.date(), "'on Monday' in the story's week");
    Clock clock = Clock.fixed(Instant.parse("2024-09-20T00:00:00Z"), ZoneOffset.UTC);
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      Ingester in = new Ingester(s, Dedup.standard(), clock);
      in.store(first.article(), first.sentences(), first.events(), false, first.republished());
      in.store(again.article(), again.sentences(), again.events(), false, again.republished());
      assertEquals(1, count(s, "SELECT count(*) FROM events WHERE cameo = '040'"
          + " AND num_articles = 2"), "one meeting, reported by both");
      assertEquals(1, count(s, "SELECT count(*) FROM articles WHERE republished"));
    }
  }

  private static long count(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
