package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code eval} command as a user meets it: two small articles, a gold file with two events
 * Dyad finds (one dated by a range) and two it misses, and one event Dyad codes that the gold
 * does not have.
 */
class EvalCommandIT {

  /** Dyad codes IRN->ISR 111 dated 2021-05-09 from the text ("on Sunday"). */
  private static final String IRAN = "2021-05-09\nIran condemned Israel on Sunday.\n";
  /**
   * Dyad codes CHN->USA 112 and RUS->IND 051, both dated 2022-01-05 from the publication
   * date.
   */
  private static final String CHINA = "2022-01-05\nChina accused the United States of"
      + " spying.\n\nRussia praised India for its restraint.\n";

  private static final String GOLD_IRAN = "{\"article\":\"a-iran\",\"source\":\"IRN\","
      + "\"target\":\"ISR\",\"root\":\"11\",\"date\":\"2021-05-09\"}";
  /** Matches, but the coded date 2022-01-05 lies a day past the range. */
  private static final String GOLD_CHINA = "{\"article\":\"b-china\",\"source\":\"CHNGOV\","
      + "\"target\":\"USA\",\"root\":\"112\",\"date_from\":\"2022-01-01\","
      + "\"date_to\":\"2022-01-04\"}";
  /** Missed: Dyad codes no 17. */
  private static final String GOLD_MISSED = "{\"article\":\"a-iran\",\"source\":\"ISR\","
      + "\"target\":\"IRN\",\"root\":\"17\",\"date\":\"2021-05-09\"}";
  /** Missed: no target, so any target would do, but Dyad codes no 14. */
  private static final String GOLD_MISSED_NO_TARGET = "{\"article\":\"b-china\","
      + "\"source\":\"USA\",\"root\":\"14\"}";

  @TempDir
  Path dir;
  private Path corpus;

  @BeforeEach
  void articles() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a-iran.txt"), IRAN);
    Files.writeString(corpus.resolve("b-china.txt"), CHINA);
  }

  private Path gold(String... lines) throws IOException {
    return Files.writeString(dir.resolve("gold.jsonl"), String.join("\n", lines) + "\n");
  }

  private static void assertRow(String table, String regex) {
    assertTrue(table.lines().anyMatch(l -> l.matches(regex)), "no row " + regex + " in\n"
        + table);
  }

  @Test
  void tableCountsPerRootOverallAndDates() throws IOException {
    Path gold = gold(GOLD_IRAN, GOLD_CHINA, GOLD_MISSED, GOLD_MISSED_NO_TARGET);
    Cli cli = Cli.run("eval", gold.toString(), corpus.toString(), "--threads", "2");

    assertEquals(0, cli.exit(), cli.err());
    String out = cli.out();
    assertTrue(out.lines().findFirst().orElse("").matches("root\\s+name\\s+gold\\s+coded\\s+TP"
        + "\\s+FP\\s+FN\\s+precision\\s+recall\\s+F1\\s+dates"), out);
    //          root  name                                 gold coded TP FP FN  P       R      F1
    assertRow(out, "05\\s+Engage in diplomatic cooperation\\s+0\\s+1\\s+0\\s+1\\s+0\\s+0\\.0%"
        + "\\s+-\\s+0\\.0%\\s+-");
    assertRow(out, "11\\s+Disapprove\\s+2\\s+2\\s+2\\s+0\\s+0\\s+100\\.0%\\s+100\\.0%"
        + "\\s+100\\.0%\\s+1/2");
    assertRow(out, "14\\s+Protest\\s+1\\s+0\\s+0\\s+0\\s+1\\s+-\\s+0\\.0%\\s+0\\.0%\\s+-");
    assertRow(out, "17\\s+Coerce\\s+1\\s+0\\s+0\\s+0\\s+1\\s+-\\s+0\\.0%\\s+0\\.0%\\s+-");
    assertRow(out, "all\\s+4\\s+3\\s+2\\s+1\\s+2\\s+66\\.7%\\s+50\\.0%\\s+57\\.1%\\s+1/2");
    assertEquals(6, out.lines().filter(l -> l.matches("(\\d\\d|all|root)\\s.*")).count(), out);
    assertTrue(out.contains("dates: 1 of 2 matched events within the gold date give or take 0"
        + " days (50.0%); coded dates from the text: 1 (1 within), from the publication date:"
        + " 1 (0 within), none: 0"), out);
    List<String> lines = out.lines().toList();
    assertEquals("overall: precision 66.7%, recall 50.0%, F1 57.1% (TP 2, FP 1, FN 2)",
        lines.get(lines.size() - 3), out);
    assertEquals("actors: 6 of 6 source and target slots of counted events carry a country or"
        + " an international organisation (100.0%); 0 unknown to the knowledge base (0.0%)",
        lines.get(lines.size() - 2), out);
    assertEquals("places: 0 of 0 counted events whose sentence or dateline names a gazetteer"
        + " place carry coordinates (-); 0 of 3 counted events carry coordinates (0.0%), 0 of"
        + " them from the dateline", lines.get(lines.size() - 1), out);
    assertTrue(cli.err().contains("2 articles coded"), cli.err());
    assertTrue(cli.err().contains("4 gold events, 0 gold lines skipped"), cli.err());
  }

  @Test
  void tsvWithToleranceCountsTheDateADayPastTheRange() throws IOException {
    Path gold = gold(GOLD_IRAN, GOLD_CHINA, GOLD_MISSED, GOLD_MISSED_NO_TARGET);
    Cli cli = Cli.run("eval", gold.toString(), corpus.toString(), "--format", "tsv",
        "--date-tolerance", "1");

    assertEquals(0, cli.exit(), cli.err());
    List<String> lines = cli.out().lines().toList();
    assertEquals(String.join("\t", EvalCommand.TSV_COLUMNS), lines.get(0));
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(EvalCommand.TSV_COLUMNS.length, cells.length, line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        row.put(EvalCommand.TSV_COLUMNS[i], cells[i]);
      }
      rows.put(cells[0], row);
    }
    assertEquals(List.of("05", "11", "14", "17", "all"), List.copyOf(rows.keySet()));
    Map<String, String> all = rows.get("all");
    assertEquals(List.of("4", "3", "2", "1", "2", "0.6667", "0.5000", "0.5714", "2", "2", "1",
        "1", "1", "1", "0", "3", "0.6667"), Arrays.asList(all.values().toArray(new String[0]))
        .subList(2, EvalCommand.TSV_COLUMNS.length));
    assertEquals("", rows.get("17").get("precision"), "undefined is empty");
    assertEquals("Disapprove", rows.get("11").get("name"));
    assertTrue(cli.err().contains("overall: precision 66.7%, recall 50.0%, F1 57.1%"),
        "the closing lines go to standard error with tsv: " + cli.err());
    assertTrue(cli.err().contains("dates: 2 of 2 matched events within the gold date give or"
        + " take 1 day (100.0%)"), cli.err());
  }

  @Test
  void aMalformedGoldLineIsReportedWithItsLineAndGivesExitStatusOne() throws IOException {
    Path gold = gold(GOLD_IRAN, GOLD_CHINA, "{\"article\":\"a-iran\",\"source\":\"IRN\",",
        GOLD_MISSED, "{\"article\":\"a-iran\",\"source\":\"IRN\",\"root\":18}",
        GOLD_MISSED_NO_TARGET, "{\"article\":\"c-absent\",\"source\":\"RUS\",\"root\":\"19\"}");
    Cli cli = Cli.run("eval", gold.toString(), corpus.toString());

    assertEquals(Main.EXIT_SKIPPED, cli.exit(), cli.err());
    assertTrue(cli.err().contains(gold + " line 3: not a JSON object"), cli.err());
    assertTrue(cli.err().contains(gold + " line 5: \"root\" must be a CAMEO code as text,"
        + " such as \"04\" or \"041\", not 18; line skipped"), cli.err());
    assertTrue(cli.err().contains(gold + ": article 'c-absent' is not in the corpus (or its"
        + " file was skipped): its 1 gold event count as missed"), cli.err());
    assertTrue(cli.err().contains("5 gold events, 2 gold lines skipped"), cli.err());
    assertFalse(cli.err().contains("Exception"), "no stack traces for user errors");
    assertRow(cli.out(), "19\\s+Fight\\s+1\\s+0\\s+0\\s+0\\s+1\\s.*");
    assertTrue(cli.out().contains("overall: precision 66.7%, recall 40.0%, F1 50.0% (TP 2,"
        + " FP 1, FN 3)"), cli.out());
  }

  @Test
  void badCommandLinesAndMissingFilesSpeakToTheUser() throws IOException {
    Cli noGold = Cli.run("eval", dir.resolve("nope.jsonl").toString(), corpus.toString());
    assertEquals(Main.EXIT_USAGE, noGold.exit());
    assertTrue(noGold.err().contains("nope.jsonl: no such file"), noGold.err());
    Path gold = gold(GOLD_IRAN);
    Cli format = Cli.run("eval", gold.toString(), corpus.toString(), "--format", "xml");
    assertEquals(Main.EXIT_USAGE, format.exit());
    assertTrue(format.err().contains("--format must be table or tsv"), format.err());
    Cli tolerance = Cli.run("eval", gold.toString(), corpus.toString(), "--date-tolerance",
        "-2");
    assertEquals(Main.EXIT_USAGE, tolerance.exit());
    assertTrue(tolerance.err().contains("--date-tolerance must be 0 or more"), tolerance.err());
    Cli noCorpus = Cli.run("eval", gold.toString());
    assertEquals(Main.EXIT_USAGE, noCorpus.exit());
    Cli empty = Cli.run("eval", gold("").toString(), corpus.toString());
    assertEquals(Main.EXIT_USAGE, empty.exit());
    assertTrue(empty.err().contains("has no gold event"), empty.err());

    Cli missingArticle = Cli.run("eval", gold(GOLD_IRAN).toString(),
        corpus.resolve("a-iran.txt").toString(), dir.resolve("gone.txt").toString());
    assertEquals(Main.EXIT_SKIPPED, missingArticle.exit(), missingArticle.err());
    assertTrue(missingArticle.out().contains("(TP 1, FP 0, FN 0)"), missingArticle.out());
  }

  @Test
  void guideRowsMatchByCountryEitherWayAndVerboseListsTheMistakes() throws IOException {
    Path gold = gold(
        "{\"id\":\"A1\",\"article\":\"a-iran\",\"src\":\"IRN\",\"tgt\":\"ISR\","
            + "\"roots\":[\"11\",\"04\"],\"from\":\"2021-05-09\",\"to\":\"2021-05-09\"}",
        "{\"id\":\"B1\",\"article\":\"b-china\",\"src\":\"USA\",\"tgt\":\"CHN\","
            + "\"roots\":[\"11\"],\"either\":true,\"from\":\"2022-01-01\","
            + "\"to\":\"2022-01-05\"}",
        "{\"id\":\"B2\",\"article\":\"b-china\",\"src\":\"IND\",\"tgt\":\"*\","
            + "\"roots\":[\"05\"],\"from\":\"2022-01-05\",\"to\":\"2022-01-05\","
            + "\"note\":\"India thanked Russia\"}",
        GOLD_MISSED_NO_TARGET);
    Cli cli = Cli.run("eval", gold.toString(), corpus.toString(), "--verbose");

    assertEquals(0, cli.exit(), cli.err());
    String out = cli.out();
    assertTrue(out.contains("overall: precision 66.7%, recall 50.0%, F1 57.1% (TP 2, FP 1,"
        + " FN 2)"), out);
    assertTrue(out.contains("dated recall: 66.7% (2 of 3 dated gold events found with a date"
        + " inside the gold range)"), out);
    assertTrue(out.contains("missed gold events (2):\n  B2  b-china  IND -> *  roots 05  India"
        + " thanked Russia\n  line 4  b-china  USA -> *  roots 14\n"), out);
    assertTrue(out.contains("unmatched events (1):\n  b-china  RUS -> IND  051  asserted  rule"
        + " 051 "), out);
    assertTrue(out.contains("      \"Russia praised India for its restraint.\"\n"), out);
    assertTrue(cli.err().contains("0 events negated or hypothetical, not counted"), cli.err());
  }
}
