package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store as a user meets it: idempotent ingest, deduplication across outlets, queries,
 * exports, and what a second process and a kill -9 do to it.
 */
class StoreIT {

  @TempDir
  Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(StoreIT.class.getResource("/store/" + name).toURI());
  }

  private static Path samples() {
    Path p = Path.of("samples/news");
    return Files.isDirectory(p) ? p : Path.of("../samples/news");
  }

  private static String sql(Path db, String query) {
    Cli cli = Cli.run("sql", query, "--db", db.toString(), "--format", "csv");
    assertEquals(0, cli.exit(), cli.err());
    return cli.out().lines().skip(1).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
  }

  @Test
  void twoOutletsReportingOneMeetingMakeOneEventAndALaterMeetingStaysApart() throws Exception {
    Path db = dir.resolve("dyad.duckdb");
    Cli first = Cli.run("ingest", resource("same-event").toString(), "--db", db.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("3 new, 0 already stored"), first.err());
    // Shoukry/Shukri, Safadi/al-Safadi, "on Tuesday"/"on May 16", Nilewire/Desert Post (what
    // the two agreed that day, 030, is an event of its own).
    assertEquals("2023-05-16,040,2,2,2", sql(db, "SELECT date, cameo, num_mentions,"
        + " num_sources, num_articles FROM events WHERE source_id = 'sameh-shoukry' AND"
        + " target_id = 'ayman-safadi' AND date = DATE '2023-05-16' AND root = '04'"));
    assertEquals("2023-05-25,1", sql(db, "SELECT date, num_articles FROM events WHERE"
        + " source_id = 'sameh-shoukry' AND date = DATE '2023-05-25'"));
    String counts = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
        + " (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)";
    String before = sql(db, counts);

    Cli again = Cli.run("ingest", resource("same-event").toString(), "--db", db.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("0 new, 3 already stored"), again.err());
    assertEquals(before, sql(db, counts));
    Cli recode = Cli.run("ingest", resource("same-event").toString(), "--db", db.toString(),
        "--recode");
    assertEquals(0, recode.exit(), recode.err());
    assertTrue(recode.err().contains("3 re-coded"), recode.err());
    assertEquals(before, sql(db, counts));

    Cli events = Cli.run("events", "--db", db.toString(), "--actor", "Shoukry", "--code", "04",
        "--from", "2023-05-16", "--to", "2023-05-16", "--format", "jsonl");
    assertEquals(0, events.exit(), events.err());
    assertEquals(1, events.out().lines().count(), events.out());
    assertTrue(events.out().contains("\"num_articles\":2") && events.out().contains(
        "\"outlet\":\"desert post\"") && events.out().contains("\"outlet\":\"nilewire\""),
        events.out());
    assertTrue(events.out().matches("(?s).*\"rule_source\":\"patterns\\.tsv:\\d+\".*"),
        events.out());
    Cli table = Cli.run("events", "--db", db.toString(), "--text", "Amman prepare");
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains("2023-05-25") && !table.out().contains("2023-05-16"),
        table.out());
  }

  @Test
  void badQueriesSpeakToTheUser() throws Exception {
    Path db = dir.resolve("none.duckdb");
    Cli missing = Cli.run("stats", "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, missing.exit());
    assertTrue(missing.err().contains("no store at"), missing.err());
    assertEquals(0, Cli.run("ingest", resource("same-event/nilewire-later-meeting.txt")
        .toString(), "--db", db.toString()).exit());
    Cli delete = Cli.run("sql", "DELETE FROM events", "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, delete.exit());
    assertTrue(delete.err().contains("only statements that read are run"), delete.err());
    Cli broken = Cli.run("sql", "SELECT nope FROM events", "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, broken.exit());
    assertTrue(broken.err().startsWith("dyad sql: "), broken.err());
    Cli quad = Cli.run("events", "--quad", "7", "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, quad.exit());
    assertTrue(quad.err().contains("--quad must be 1, 2, 3 or 4"), quad.err());
    Cli format = Cli.run("export", "--format", "xml", "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, format.exit());
    for (Cli c : List.of(missing, delete, broken, quad, format)) {
      assertFalse(c.err().contains("Exception"), c.err());
    }
  }

  @Test
  void theSampleCorpusExportsAsGdeltRowsOfSixtyOneColumns() throws Exception {
    Path db = dir.resolve("samples.duckdb");
    Cli ingest = Cli.run("ingest", samples().toString(), "--db", db.toString());
    assertEquals(0, ingest.exit(), ingest.err());
    Path out = dir.resolve("out/events.gdelt.tsv");
    Cli export = Cli.run("export", "--format", "gdelt", "--out", out.toString(), "--db",
        db.toString());
    assertEquals(0, export.exit(), export.err());
    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(rows.size() > 40, "rows: " + rows.size());
    for (String row : rows) {
      assertEquals(61, row.split("\t", -1).length, row);
      assertTrue(row.split("\t", -1)[0].matches("\\d+"), row);
    }
    assertEquals(sql(db, "SELECT count(*) FROM events"), Integer.toString(rows.size()));
    // The syndicated copy of b81d4c07e29a6f53 is linked to it, and their events merge.
    assertEquals("1", sql(db, "SELECT count(*) FROM article_links l JOIN articles a ON a.id ="
        + " l.article_a JOIN articles b ON b.id = l.article_b WHERE least(a.doc_id, b.doc_id) ="
        + " '7e2b5d1f83a0c694' AND greatest(a.doc_id, b.doc_id) = 'b81d4c07e29a6f53'"));
    assertTrue(Integer.parseInt(sql(db, "SELECT count(*) FROM events WHERE num_articles = 2"
        + " AND num_sources = 2")) >= 3);
    Path parquet = dir.resolve("pq");
    assertEquals(0, Cli.run("export", "--format", "parquet", "--out", parquet.toString(),
        "--db", db.toString()).exit());
    assertTrue(Files.isDirectory(parquet.resolve("event_month=2022-03")));
    Cli csv = Cli.run("export", "--format", "csv", "--db", db.toString());
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().startsWith("event_id,date,"), csv.out());
  }

  /**
   * kill -9 part way through an ingest, twice, then the same ingest to the end: the store
   * holds what a clean ingest holds. While the killed ingest runs, readers get the lock
   * message.
   */
  @Test
  void anIngestKilledAtAnyMomentAndRunAgainLeavesTheStoreAsACleanIngest() throws Exception {
    Path clean = dir.resolve("clean.duckdb");
    Path killed = dir.resolve("killed.duckdb");
    String corpus = samples().toString();
    String extra = resource("same-event").toString();
    assertEquals(0, Cli.run("ingest", corpus, extra, "--db", clean.toString()).exit());
    int total = Integer.parseInt(sql(clean, "SELECT count(*) FROM articles").strip());

    boolean sawLock = false;
    for (int stopAfter : new int[] {3, 5}) {
      Process p = new ProcessBuilder(javaBin(), "-Xmx3g", "-cp",
          System.getProperty("java.class.path"), "org.dyad.app.Main", "ingest", corpus, extra,
          "--db", killed.toString(), "--threads", "1", "--verbose")
          .redirectErrorStream(true).start();
      List<String> seen = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        int stored = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          seen.add(line);
          if (line.startsWith("stored ")) {
            stored++;
            if (!sawLock) {
              Cli reader = Cli.run("stats", "--db", killed.toString());
              assertEquals(Main.EXIT_FAILED, reader.exit(), reader.err());
              assertTrue(reader.err().contains("is being written by another dyad process"),
                  reader.err());
              sawLock = true;
            }
          }
          if (stored == stopAfter) {
            assertTrue(p.isAlive(), "the ingest ended before it was killed:\n"
                + String.join("\n", seen));
            p.destroyForcibly();
            break;
          }
        }
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      // 128 + SIGKILL: the process was killed, it did not finish on its own.
      assertEquals(137, p.exitValue(), String.join("\n", seen));
      assertTrue(seen.stream().anyMatch(l -> l.startsWith("stored ")), String.join("\n", seen));
      // Killed mid-run: the store holds some of the articles, not all of them.
      int partial = Integer.parseInt(sql(killed, "SELECT count(*) FROM articles").strip());
      assertTrue(partial >= stopAfter && partial < total, partial + " of " + total
          + " articles stored when the ingest was killed after " + stopAfter);
    }
    assertTrue(sawLock);
    Cli rest = Cli.run("ingest", corpus, extra, "--db", killed.toString());
    assertEquals(0, rest.exit(), rest.err());
    assertTrue(rest.err().contains("already stored"), rest.err());
    String counts = "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT"
        + " content_hash) FROM articles), (SELECT count(*) FROM mentions), (SELECT count(*)"
        + " FROM events), (SELECT count(*) FROM event_mentions), (SELECT sum(num_articles)"
        + " FROM events), (SELECT count(*) FROM article_links)";
    assertEquals(sql(clean, counts), sql(killed, counts));
    String events = "SELECT string_agg(id || ':' || num_mentions, ',' ORDER BY id) FROM events";
    assertEquals(sql(clean, events), sql(killed, events), "the same events, ids included");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
