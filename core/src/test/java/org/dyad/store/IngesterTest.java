package org.dyad.store;

import static org.dyad.corpus.Events.day;
import static org.dyad.corpus.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.KnowledgeBase;
import org.dyad.corpus.Dedup;
import org.dyad.events.Event;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  private static final String TEXT = "KYIV (Newsdesk) - Russian forces shelled residential"
      + " districts of Kharkiv on Wednesday, killing at least twenty civilians, the governor"
      + " said. Ukraine called on NATO to close the skies.";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"),
      ZoneOffset.UTC);

  @TempDir
  Path dir;

  private static Article article(String id, String text, String url) {
    return new Article(id, "in/" + id + ".txt", text, LocalDate.parse("2022-03-03"),
        Article.DateOrigin.HEADER, "", "", url, "", List.of(new Span(0, text.length())),
        List.of());
  }

  private static List<Event> events(String article) {
    return List.of(event(article, 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled",
        "Russian forces shelled residential districts of Kharkiv on Wednesday."),
        event(article, 1, "UKR", "IGONAT", "020", day("2022-03-03"), "called",
            "Ukraine called on NATO to close the skies."));
  }

  private static long count(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void anArticleIsStoredOnceHoweverOftenItComesAndRecodedOnRequest() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("db/dyad.duckdb"))) {
      assertEquals(Store.migrations().size(), s.schemaVersion());
      Ingester in = new Ingester(s, Dedup.standard(), CLOCK);
      assertEquals(Ingester.Outcome.STORED, in.store(article("a", TEXT, ""), 2, events("a"),
          false));
      assertEquals(Ingester.Outcome.UNCHANGED, in.store(article("a", TEXT, ""), 2, events("a"),
          false));
      assertTrue(in.known().contains(article("a", TEXT + "  ", "")));
      assertEquals(Ingester.Outcome.RECODED, in.store(article("a", TEXT, ""), 2, events("a"),
          true));
      assertEquals(1, count(s, "SELECT count(*) FROM articles"));
      assertEquals(2, count(s, "SELECT count(*) FROM mentions"));
      assertEquals(2, count(s, "SELECT count(*) FROM events"));
      assertEquals(2, count(s, "SELECT count(*) FROM event_mentions"));
      assertEquals("2024-01-02 03:04:05", string(s, "SELECT CAST(stored_at AS VARCHAR) FROM"
          + " articles"));
    }
  }

  @Test
  void aRepublishedPageIsFlaggedAndItsEventIsTheOriginalOutletsEvent() throws Exception {
    // Team-written: an outlet's report of a 2021 meeting, and another outlet's page stamped
    // 2024 that re-publishes the story; the pipeline dates the re-published page's undated
    // meeting in the story's time (date source "story"), so the store sees one happening.
    String original = "MUSCAT (Gulfwire) - Iran's foreign minister met his Omani counterpart"
        + " in Muscat on March 3, 2021, to discuss shipping in the Gulf.";
    String again = "From our archive: Iran's foreign minister met his Omani counterpart in"
        + " Muscat to discuss shipping in the Gulf, the ministry said on March 3, 2021.";
    Article first = new Article("orig", "in/orig.txt", original, LocalDate.parse("2021-03-03"),
        Article.DateOrigin.HEADER, "", "MUSCAT", "https://gulfwire.example/orig", "Gulfwire",
        List.of(new Span(0, original.length())), List.of());
    Article page = new Article("again", "in/again.txt", again, LocalDate.parse("2024-09-18"),
        Article.DateOrigin.META, "", "", "https://archive.example/again", "Archive",
        List.of(new Span(0, again.length())), List.of());
    org.dyad.events.EventDate story = new org.dyad.events.EventDate(
        LocalDate.parse("2021-03-03"), org.dyad.events.EventDate.Precision.DAY,
        org.dyad.events.EventDate.Source.STORY);
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      Ingester in = new Ingester(s, Dedup.standard(), CLOCK);
      in.store(first, 1, List.of(event("orig", 0, "IRNGOV", "OMNGOV", "040",
          day("2021-03-03"), "met", "Iran's foreign minister met his Omani counterpart in"
          + " Muscat on March 3, 2021, to discuss shipping in the Gulf.")), false);
      assertEquals(Ingester.Outcome.STORED, in.store(page, 1, List.of(event("again", 0,
          "IRNGOV", "OMNGOV", "040", story, "met", again)), false, true));
      assertEquals(1, count(s, "SELECT count(*) FROM events"));
      assertEquals(1, count(s, "SELECT count(*) FROM events WHERE num_articles = 2"));
      assertEquals(1, count(s, "SELECT count(*) FROM articles WHERE republished"));
      assertEquals("again", string(s, "SELECT doc_id FROM articles WHERE republished"));
      assertEquals("2024-09-18", string(s, "SELECT CAST(published AS VARCHAR) FROM articles"
          + " WHERE republished"), "the page date is kept");
      assertEquals("story", string(s, "SELECT date_source FROM mentions m JOIN articles a ON"
          + " m.article_id = a.id WHERE a.republished"));
    }
  }

  @Test
  void aSeasonIsStoredAndWrittenAsSutimeWritesIt() throws Exception {
    org.dyad.events.EventDate winter = new org.dyad.events.EventDate(
        LocalDate.parse("2021-12-01"), org.dyad.events.EventDate.Precision.SEASON,
        org.dyad.events.EventDate.Source.TEXT);
    assertEquals("2021-WI", winter.value());
    assertEquals(LocalDate.parse("2022-02-28"), winter.last());
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      Ingester in = new Ingester(s, Dedup.standard(), CLOCK);
      in.store(article("a", TEXT, ""), 1, List.of(event("a", 0, "RUSMIL", "UKR", "194", winter,
          "shelled", "Russian forces shelled Kharkiv in the winter.")), false);
      StringWriter out = new StringWriter();
      assertEquals(1, new Queries(s).events(EventFilter.all(), ResultWriter.Format.CSV, out));
      assertTrue(out.toString().contains("2021-WI"), out.toString());
      assertEquals("season", string(s, "SELECT date_precision FROM events"));
    }
  }

  @Test
  void aSyndicatedCopyIsLinkedAndItsEventsCountTwoArticlesAndTwoSources() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      Ingester in = new Ingester(s, Dedup.standard(), CLOCK);
      in.store(article("a", TEXT, "https://news.example/a"), 2, events("a"), false);
      String copy = TEXT.replace("Newsdesk", "Eastwire").replace("twenty", "21");
      assertEquals(Ingester.Outcome.STORED, in.store(article("b", copy,
          "https://wire.example/b"), 2, events("b"), false));
      assertEquals(1, count(s, "SELECT count(*) FROM article_links"));
      assertEquals(2, count(s, "SELECT count(*) FROM events WHERE num_articles = 2 AND"
          + " num_sources = 2 AND num_mentions = 2"));
      // The same URL with other content replaces the stored version.
      assertEquals(Ingester.Outcome.UPDATED, in.store(article("b", copy + " More.",
          "https://wire.example/b"), 2, events("b").subList(0, 1), false));
      assertEquals(2, count(s, "SELECT count(*) FROM articles"));
      assertEquals(3, count(s, "SELECT count(*) FROM mentions"));
      assertEquals(3, count(s, "SELECT sum(num_mentions) FROM events"));
      assertEquals(0, count(s, "SELECT count(*) FROM mentions m WHERE (SELECT count(*) FROM"
          + " event_mentions em WHERE em.mention_id = m.id) <> 1"), "one event per mention");
      long events = count(s, "SELECT count(*) FROM events");
      assertEquals(events, in.rebuildAllEvents());
    }
  }

  @Test
  void actorsAreFoundByAnyNameTheKnowledgeBaseKnowsAndWildcardsAreLiteral() throws Exception {
    Path path = dir.resolve("dyad.duckdb");
    try (Store s = Store.openForWriting(path)) {
      new Ingester(s, Dedup.standard(), CLOCK).store(article("a", TEXT, ""), 2, events("a"),
          false);
    }
    KnowledgeBase kb = KnowledgeBase.standard();
    try (Store s = Store.openForReading(path)) {
      Queries q = new Queries(s);
      long byCode = q.events(actor(ActorTerm.of("RUS")), ResultWriter.Format.CSV,
          new StringWriter());
      assertEquals(1, byCode);
      for (String name : List.of("Russia", "Russian", "Moscow", "russia")) {
        ActorTerm term = ActorTerm.known(name, kb);
        assertEquals(Set.of("RUS"), term.countries(), name);
        assertEquals(byCode, q.events(actor(term), ResultWriter.Format.CSV,
            new StringWriter()), name);
      }
      // Without the knowledge base, "Russia" is words of a name, and no name holds them.
      assertEquals(0, q.events(actor(ActorTerm.of("Russia")), ResultWriter.Format.CSV,
          new StringWriter()));
      for (String wildcard : List.of("%", "_", "R_S", "%US")) {
        assertEquals(0, q.events(actor(ActorTerm.of(wildcard)), ResultWriter.Format.CSV,
            new StringWriter()), wildcard);
      }
      Browse browse = new Browse(s);
      assertEquals(List.of("RUSMIL"), browse.actors(ActorTerm.known("Russia", kb), 10).stream()
          .map(a -> a.get("code")).toList());
      assertEquals(List.of(), browse.actors(ActorTerm.of("%"), 10));
      assertEquals(3, browse.actors(null, 10).size());
    }
  }

  @Test
  void aStoreOfDirectedBlocksIsRegroupedWhenItIsMigrated() throws Exception {
    Path path = dir.resolve("dyad.duckdb");
    String text = "Egypt's foreign minister met Jordan's foreign minister in Amman on Sunday.";
    try (Store s = Store.openForWriting(path)) {
      Ingester in = new Ingester(s, Dedup.standard(), CLOCK);
      in.store(article("a", text, ""), 1, List.of(event("a", 0, "EGYGOV", "JORGOV", "040",
          day("2022-03-06"), "met", text)), false);
      String other = "Jordan's foreign minister and his Egyptian counterpart met on Sunday.";
      in.store(article("b", other, ""), 1, List.of(event("b", 0, "JORGOV", "EGYGOV",
          "040", day("2022-03-06"), "met", other)), false);
      assertEquals(2, count(s, "SELECT count(*) FROM mentions"));
      assertEquals(1, count(s, "SELECT count(*) FROM events"), "either way round, one event");
      // As a store of schema version 2 wrote them: each mention's block in its own direction,
      // so the two tellings were two events.
      try (Statement st = s.connection().createStatement()) {
        st.execute("UPDATE mentions SET block_key = split_part(block_key, '|', 2) || '|'"
            + " || split_part(block_key, '|', 1) || '|' || split_part(block_key, '|', 3)"
            + " WHERE source_code = 'JORGOV'");
        st.execute("DELETE FROM schema_version WHERE version >= 3");
      }
      assertEquals(2, count(s, "SELECT count(DISTINCT block_key) FROM mentions"));
    }
    try (Store s = Store.openForWriting(path)) {
      assertEquals(Store.migrations().size(), s.schemaVersion());
      assertEquals(1, count(s, "SELECT count(DISTINCT block_key) FROM mentions"));
      assertEquals(1, count(s, "SELECT count(*) FROM events"), "regrouped by the new rule");
      assertEquals(2, count(s, "SELECT num_articles FROM events"));
    }
  }

  private static EventFilter actor(ActorTerm term) {
    return new EventFilter(term, null, null, null, 0, null, null, List.of(), 0);
  }

  @Test
  void readersCannotWriteAndMissingStoresAreNamed() throws Exception {
    Path path = dir.resolve("dyad.duckdb");
    StoreException missing = assertThrows(StoreException.class,
        () -> Store.openForReading(path));
    assertEquals(StoreException.Kind.MISSING, missing.kind());
    try (Store s = Store.openForWriting(path)) {
      new Ingester(s, Dedup.standard(), CLOCK).store(article("a", TEXT, ""), 2, events("a"),
          false);
    }
    try (Store s = Store.openForReading(path, Optional.of(dir.resolve("pq")))) {
      assertThrows(SQLException.class, () -> s.connection().createStatement()
          .execute("DELETE FROM articles"));
      assertThrows(IllegalArgumentException.class,
          () -> new Ingester(s, Dedup.standard(), CLOCK));
      StringWriter out = new StringWriter();
      Queries q = new Queries(s);
      assertEquals(1, q.events(new EventFilter(ActorTerm.of("RUS"), null, null, "19", 4, null, null,
          List.of("kharkiv"), 0), ResultWriter.Format.JSONL, out));
      assertTrue(out.toString().contains("\"mentions\":[{"), out.toString());
      assertEquals(0, q.events(new EventFilter(null, ActorTerm.of("UKR"), null, null, 0,
          LocalDate.parse("2022-03-04"), null, List.of(), 0), ResultWriter.Format.CSV,
          new StringWriter()));
      assertTrue(q.stats().contains("articles        1"), q.stats());
      StringWriter gdelt = new StringWriter();
      assertEquals(2, new Exports(s).gdelt(gdelt));
      for (String line : gdelt.toString().split("\n")) {
        assertEquals(61, line.split("\t", -1).length, line);
      }
      assertEquals(2, new Exports(s).parquet(dir.resolve("pq")));
      assertTrue(dir.resolve("pq/event_month=2022-03").toFile().isDirectory());
    }
  }

  @Test
  void onlyReadingStatementsPassTheSqlCheck() {
    assertNull(Queries.refusal("select * from events;"));
    assertNull(Queries.refusal("WITH x AS (SELECT 1) SELECT * FROM x"));
    assertNotNull(Queries.refusal("DELETE FROM events"));
    assertNotNull(Queries.refusal("SELECT 1; DROP TABLE events"));
    assertNotNull(Queries.refusal("  "));
  }

  @Test
  void migrationsSplitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (x INTEGER)", "CREATE VIEW v AS\nSELECT x FROM a"),
        Store.statements("-- a comment\nCREATE TABLE a (x INTEGER); -- trailing\n\n"
            + "CREATE VIEW v AS\nSELECT x FROM a;\n"));
  }

  private static String string(Store s, String sql) throws SQLException {
    try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
