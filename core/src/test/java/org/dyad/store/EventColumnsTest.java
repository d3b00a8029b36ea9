package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.actors.ActorRef;
import org.dyad.corpus.Dedup;
import org.dyad.events.CameoCode;
import org.dyad.events.Codebook;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Evidence;
import org.dyad.events.Location;
import org.dyad.events.Mode;
import org.dyad.events.Plover;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one event-to-row mapping: every field of an event survives a row and the store, the
 * schema has every column, and a store written before {@code rule_source} reads it as "".
 */
class EventColumnsTest {

  private static final String TEXT = "Iran's foreign minister held a phone call with Hamas"
      + " officials in Cairo last week. Ukraine called on NATO to close the skies, he said.";

  @TempDir
  Path dir;

  /** Every field set, none left at a default: a week date, a place, a speaker, a context. */
  private static Event full(String article) {
    return new Event(article + "-0-6", article,
        new EventDate(LocalDate.parse("2022-02-28"), EventDate.Precision.WEEK,
            EventDate.Source.TEXT),
        new ActorRef("ali-akbar-velayati", "IRNGOV", "IRN", "Ali Akbar Velayati",
            "Iran's foreign minister", true, "description"),
        new ActorRef("unknown/hamas-officials", "PSEREB", "PSE", "Hamas officials",
            "Hamas officials", false, "agent"),
        new Codebook.Entry(CameoCode.of("041"), "Discuss by telephone", 1.0, 1),
        new Plover.Coding("CONSULT", "phone", List.of("diplomatic", "bilateral")), false,
        Mode.FUTURE, new Location("Cairo", "EGY", 30.04, 31.24),
        new Evidence(0, TEXT.substring(0, 81), 0, 81, "call", 38, 42,
            "036 future: 041 noun \"phone call\"", "patterns.tsv:812", "Velayati"));
  }

  /** Nothing optional set: no target, place, date, speaker, PLOVER type or rule source. */
  private static Event bare(String article) {
    return new Event(article + "-1-1", article, EventDate.unknown(),
        new ActorRef("UKR", "UKR", "UKR", "Ukraine", "Ukraine", true, "country"), null,
        new Codebook.Entry(CameoCode.of("0233"), "Appeal for humanitarian aid", 3.4, 1),
        new Plover.Coding(null, "", List.of()), true, Mode.NEGATED, null,
        new Evidence(1, TEXT.substring(82), 82, TEXT.length(), "called", 90, 96,
            "020 verb \"call on\"", "", null));
  }

  @Test
  void anEventSurvivesARowWithEveryField() {
    for (Event e : List.of(full("a"), bare("a"))) {
      Map<String, Object> row = new HashMap<>();
      for (EventColumns.Column c : EventColumns.ALL) {
        row.put(c.name(), c.of(e));
      }
      assertEquals(e, EventColumns.event("a", row::get));
    }
  }

  @Test
  void namesAreOneEachAndUnknownOnesAreRefused() {
    assertEquals(EventColumns.ALL.size(), EventColumns.ALL.stream()
        .map(EventColumns.Column::name).distinct().count());
    assertEquals("patterns.tsv:812", EventColumns.column("rule_source").text(full("a")));
    assertThrows(IllegalArgumentException.class, () -> EventColumns.column("rules"));
  }

  @Test
  void theSchemaHasEveryColumnOfItsType() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      Map<String, String> types = new HashMap<>();
      try (Statement st = s.connection().createStatement();
          ResultSet r = st.executeQuery("SELECT column_name, data_type FROM"
              + " information_schema.columns WHERE table_name = 'mentions'")) {
        while (r.next()) {
          types.put(r.getString(1), r.getString(2).toUpperCase(Locale.ROOT));
        }
      }
      for (EventColumns.Column c : EventColumns.ALL) {
        assertEquals(c.type().name(), types.get(c.name()), "mentions." + c.name()
            + ": add a migration for a new column");
      }
    }
  }

  @Test
  void anEventSurvivesTheStoreWithEveryField() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      ingest(s);
      assertEquals(List.of(full("a"), bare("a")), stored(s, "m.*"));
    }
  }

  @Test
  void mentionsStoredBeforeRuleSourceReadItAsEmpty() throws Exception {
    Path path = dir.resolve("old.duckdb");
    try (Store s = Store.openForWriting(path)) {
      ingest(s);
      // Without the column, as a query of the first schema gives it.
      assertEquals(List.of("", ""), stored(s, "m.* EXCLUDE (rule_source)").stream()
          .map(e -> e.evidence().ruleSource()).toList());
    }
    // Back to the first schema, with its mentions: the store as an older Dyad left it.
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE mentions DROP COLUMN rule_source");
      st.execute("DELETE FROM schema_version WHERE version > 1");
    }
    try (Store s = Store.openForWriting(path)) {
      assertEquals(Store.migrations().size(), s.schemaVersion());
      List<Event> read = stored(s, "m.*");
      assertEquals(List.of("", ""), read.stream().map(e -> e.evidence().ruleSource()).toList());
      assertEquals(full("a").evidence().rule(), read.get(0).evidence().rule());
    }
  }

  private static void ingest(Store s) throws SQLException {
    Article a = new Article("a", "in/a.txt", TEXT, LocalDate.parse("2022-03-03"),
        Article.DateOrigin.HEADER, "", "", "", "", List.of(new Span(0, TEXT.length())),
        List.of());
    new Ingester(s, Dedup.standard(), Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"),
        ZoneOffset.UTC)).store(a, 2, List.of(full("a"), bare("a")), false);
  }

  private static List<Event> stored(Store s, String columns) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet r = st.executeQuery("SELECT " + columns + ", a.doc_id FROM mentions m"
            + " JOIN articles a ON a.id = m.article_id ORDER BY m.sentence_index")) {
      while (r.next()) {
        out.add(Ingester.event(r));
      }
    }
    return out;
  }
}
