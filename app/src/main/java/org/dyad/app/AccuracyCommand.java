package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad accuracy}: codes the field's reference data and writes the figures to
 * {@code docs/ACCURACY.md}, so anyone can rerun them.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
    description = "Measure Dyad against the PLOVER gold records and write docs/ACCURACY.md.")
final class AccuracyCommand implements Callable<Integer> {

  @Option(names = "--testdata", paramLabel = "DIR",
      description = "The shared test data folder (default: ../shared/testdata beside Dyad).")
  Path testdata;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Where the report goes (default: docs/ACCURACY.md in the checkout).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("dyad.home", ""));
    Path data = testdata != null ? testdata : home.toAbsolutePath().resolveSibling("shared")
        .resolve("testdata");
    Path gold = data.resolve("plover/PLOVER_GSR_CAMEO.txt");
    if (!Files.isRegularFile(gold)) {
      System.err.println("dyad accuracy: " + gold + " not found (give --testdata DIR)");
      return Main.EXIT_USAGE;
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<PloverGold.Record> records = PloverGold.read(gold);
    PloverGold.Score score = PloverGold.evaluate(Pipeline.standard(), records);
    String report = report(score);
    Path target = out != null ? out : home.resolve("docs/ACCURACY.md");
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, report, StandardCharsets.UTF_8);
    stdout.print(summary(score));
    stdout.println("Report written to " + target);
    return 0;
  }

  static String summary(PloverGold.Score s) {
    return String.format(Locale.ROOT, "PLOVER gold: %d records, event type %s, source country"
        + " %s, target country %s, all three %s%n", s.records(),
        PloverGold.Score.pct(s.type(), s.records()),
        PloverGold.Score.pct(s.source(), s.sourceJudged()),
        PloverGold.Score.pct(s.target(), s.targetJudged()),
        PloverGold.Score.pct(s.all(), s.records()));
  }

  static String report(PloverGold.Score s) {
    StringBuilder b = new StringBuilder();
    b.append("# Accuracy\n\n")
        .append("Produced by `./dyad accuracy` (the figures below are its output; rerun it to")
        .append(" check them). `PloverAccuracyIT` fails when they drop below the floors it")
        .append(" holds.\n\n")
        .append("## PLOVER gold records\n\n")
        .append("The ").append(s.records()).append(" example sentences of the CAMEO manual that")
        .append(" the Open Event Data Alliance coded in PLOVER (`../shared/testdata/plover/")
        .append("PLOVER_GSR_CAMEO.txt`, CC BY-SA 4.0), each coded by Dyad as an article of its")
        .append(" own with Dyad's own knowledge base and patterns (nothing imported), published")
        .append(" 2000-01-01. For each record the event of the gold type is taken if Dyad coded")
        .append(" one, else Dyad's first event. PLOVER 0.5 types of the records are compared as")
        .append(" PLOVER 2021 names them: DEMAND as REQUEST, DISAPPROVE and INVESTIGATE as")
        .append(" ACCUSE, FIGHT as ASSAULT. Countries compare by the first three letters of the")
        .append(" codes.\n\n")
        .append("| measure | agreement |\n| --- | --- |\n")
        .append("| records with at least one event | ").append(s.coded()).append(" of ")
        .append(s.records()).append(" (").append(PloverGold.Score.pct(s.coded(), s.records()))
        .append(") |\n")
        .append("| PLOVER event type | ").append(s.type()).append(" of ").append(s.records())
        .append(" (").append(PloverGold.Score.pct(s.type(), s.records())).append(") |\n")
        .append("| source country (records with an event and a gold source) | ")
        .append(s.source()).append(" of ").append(s.sourceJudged()).append(" (")
        .append(PloverGold.Score.pct(s.source(), s.sourceJudged())).append(") |\n")
        .append("| target country (records with an event and a gold target) | ")
        .append(s.target()).append(" of ").append(s.targetJudged()).append(" (")
        .append(PloverGold.Score.pct(s.target(), s.targetJudged())).append(") |\n")
        .append("| type, source and target all agree | ").append(s.all()).append(" of ")
        .append(s.records()).append(" (").append(PloverGold.Score.pct(s.all(), s.records()))
        .append(") |\n\n")
        .append("By gold event type:\n\n| type | records | type agrees |\n| --- | --- | --- |\n");
    for (Map.Entry<String, int[]> e : s.byType().entrySet()) {
      b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
          .append(PloverGold.Score.pct(e.getValue()[1], e.getValue()[0])).append(" |\n");
    }
    b.append("\nMost misses are sentences the dictionaries do not cover or where no actor is")
        .append(" found (the manual's examples name many actors by description only); `./dyad")
        .append(" explain \"SENTENCE\"` shows why for any of them.\n");
    return b.toString();
  }
}
