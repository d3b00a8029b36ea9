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
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.petrarch.PetrarchVerbs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad accuracy}: codes the field's reference data and the real-news development corpora
 * ({@code ../shared/corpus}) and writes the figures to
 * {@code docs/ACCURACY.md}, so anyone can rerun them.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
    description = "Measure Dyad against the PLOVER gold records, the PETRARCH2 validation"
        + " suite and the development corpora (real news), and write docs/ACCURACY.md.")
final class AccuracyCommand implements Callable<Integer> {

  @Option(names = "--testdata", paramLabel = "DIR",
      description = "The shared test data folder (default: ../shared/testdata beside Dyad).")
  Path testdata;

  @Option(names = "--dev-gold", paramLabel = "GOLD.jsonl",
      description = "Gold events of the development corpus (default: docs/dev-gold.jsonl in"
          + " the checkout); the corpus is ../shared/corpus/dev beside the test data.")
  Path devGold;

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
    Lazy<Pipeline> pipeline = Lazy.of(Pipeline::standard);
    PloverGold.Score score = PloverGold.evaluate(pipeline.get(), records);
    String report = report(score);
    PetrarchSuite.Report suite = null;
    if (Files.isRegularFile(data.resolve(PetrarchSuite.RECORDS))) {
      suite = PetrarchSuite.run(data);
      report = report + "\n" + report(suite);
    } else {
      System.err.println("dyad accuracy: " + data.resolve(PetrarchSuite.RECORDS)
          + " not found; the PETRARCH2 validation suite is left out");
    }
    Path devCorpus = data.toAbsolutePath().getParent().resolve("corpus/dev");
    Path devGoldFile = devGold != null ? devGold : home.resolve("docs/dev-gold.jsonl");
    EvalCommand.Evaluation dev = null;
    if (Files.isDirectory(devCorpus) && Files.isRegularFile(devGoldFile)) {
      EvalScore.GoldFile goldFile = EvalGoldReader.parse(devGoldFile.toString(),
          Files.readAllBytes(devGoldFile));
      goldFile.problems().forEach(System.err::println);
      dev = EvalCommand.evaluate(pipeline, System.err, Runtime.getRuntime()
          .availableProcessors(), devGoldFile.toString(), goldFile.events(),
          List.of(devCorpus), 0);
      report = report + "\n" + report(dev, goldFile.events().size());
    } else {
      System.err.println("dyad accuracy: " + devCorpus + " or " + devGoldFile
          + " not found; the development corpus is left out");
    }
    Path corpora = data.toAbsolutePath().getParent().resolve("corpus");
    StringBuilder realNews = new StringBuilder();
    StringBuilder realNewsSummary = new StringBuilder();
    for (String[] corpus : REAL_NEWS) {
      Path goldFile = corpora.resolve(corpus[1]);
      Path articles = corpora.resolve(corpus[2]);
      if (!Files.isRegularFile(goldFile) || !Files.isDirectory(articles)) {
        System.err.println("dyad accuracy: " + goldFile + " or " + articles + " not found; the "
            + corpus[0] + " corpus is left out of the real-news section");
        continue;
      }
      EvalScore.GoldFile parsed = EvalGoldReader.parse(goldFile.toString(),
          Files.readAllBytes(goldFile));
      parsed.problems().forEach(System.err::println);
      EvalCommand.Evaluation e = EvalCommand.evaluate(pipeline, System.err, Runtime.getRuntime()
          .availableProcessors(), goldFile.toString(), parsed.events(), List.of(articles), 0);
      realNews.append(realNews(corpus, e));
      EvalScore.Counts all = e.score().all();
      realNewsSummary.append(String.format(Locale.ROOT, "Real news, %s: precision %s, recall %s,"
          + " F1 %s, dated recall %s%n", corpus[0], pct(all.precision()), pct(all.recall()),
          pct(all.f1()), pct(all.datedRecall())));
    }
    if (!realNews.isEmpty()) {
      report = report + "\n" + REAL_NEWS_INTRO + realNews;
    }
    Path target = out != null ? out : home.resolve("docs/ACCURACY.md");
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, report, StandardCharsets.UTF_8);
    stdout.print(summary(score));
    if (suite != null) {
      stdout.print(summary(suite));
    }
    if (dev != null) {
      stdout.print("Development corpus: " + EvalCommand.closing(dev.score())
          .replace("\n", "; ").replaceAll("; $", "\n"));
    }
    stdout.print(realNewsSummary);
    stdout.println("Report written to " + target);
    return 0;
  }

  static String summary(PloverGold.Score s) {
    return String.format(Locale.ROOT, "PLOVER gold: %d records, %s with an event, event type"
        + " %s, source country %s, target country %s, all three %s%n", s.records(),
        PloverGold.Score.pct(s.coded(), s.records()),
        PloverGold.Score.pct(s.type(), s.records()),
        PloverGold.Score.pct(s.source(), s.sourceJudged()),
        PloverGold.Score.pct(s.target(), s.targetJudged()),
        PloverGold.Score.pct(s.all(), s.records()));
  }

  static String summary(PetrarchSuite.Report r) {
    PetrarchSuite.Score s = r.withShipped();
    PetrarchSuite.Score b = r.suiteOnly();
    return String.format(Locale.ROOT, "PETRARCH2 validation suite: %d records, %d judged"
        + " (%d expecting an error skipped), %d pass (%s); with the suite's verbs alone %d"
        + " (%s)%n", s.records(), s.judged(), s.skipped(), s.passed(),
        PetrarchSuite.pct(s.passed(), s.judged()), b.passed(),
        PetrarchSuite.pct(b.passed(), b.judged()));
  }

  static String report(EvalCommand.Evaluation dev, int goldEvents) {
    return "## Development corpus\n\n"
        + "The two real articles of `../shared/corpus/dev` coded as `./dyad code` codes them,"
        + " compared by `./dyad eval` with the " + goldEvents + " events a person coded by"
        + " hand in `docs/dev-gold.jsonl` (the events the articles report, with the actors' countries"
        + " and the CAMEO root; dates as the text gives them). Matching is described in"
        + " `./dyad eval --help`: same article, same root, same source and target country"
        + " prefixes. Two articles are a smoke test, not a sample: the figures say what Dyad"
        + " does on real text of this kind, not how well it does on news at large.\n\n"
        + "```\n" + EvalCommand.table(dev.score(), org.dyad.events.Codebook.standard())
        + "\n" + EvalCommand.closing(dev.score()) + "```\n";
  }

  /** The real-news corpora: name, gold file and articles, under {@code ../shared/corpus}. */
  private static final String[][] REAL_NEWS = {
      {"voa", "voa/gold.jsonl", "voa/articles"},
      {"usgov", "usgov/gold.jsonl", "usgov/articles"},
      {"dev", "dev.gold.jsonl", "dev"}};

  private static final String REAL_NEWS_INTRO = "## Real news\n\n"
      + "The development corpora of `../shared/corpus` (see its README): real pages as they come"
      + " (boilerplate, captions, cut-off endings), each with a gold file that lists every event"
      + " the text reports, coded by hand by `../shared/corpus/CODING-GUIDE.md` (the two dev"
      + " articles' gold is not exhaustive). Scored by `./dyad eval` as the README describes:"
      + " only events Dyad presents as happened or intended count (mode asserted or future);"
      + " an event matches a gold row of its article when its root is one of the row's roots"
      + " and its source and target countries (IGO for an international organisation) agree,"
      + " `*` taking any target and `either` the reverse direction too; matching is a maximum"
      + " one-to-one assignment per article. Dated recall is the share of gold events matched"
      + " by an event whose date lies inside the gold range. Each table's command reproduces"
      + " it; `RealNewsEvalIT` fails when a figure drops below its floor.\n";

  static String realNews(String[] corpus, EvalCommand.Evaluation e) {
    EvalScore.Counts all = e.score().all();
    return "\n### " + corpus[0] + "\n\n"
        + "`./dyad eval ../shared/corpus/" + corpus[1] + " ../shared/corpus/" + corpus[2] + "`"
        + " (" + e.summary().articles() + " articles)\n\n"
        + "| measure | figure |\n| --- | --- |\n"
        + "| precision | " + pct(all.precision()) + " (" + all.tp() + " of " + all.coded()
        + " counted events match) |\n"
        + "| recall | " + pct(all.recall()) + " (" + all.tp() + " of " + all.gold()
        + " gold events found) |\n"
        + "| F1 | " + pct(all.f1()) + " |\n"
        + "| dated recall | " + pct(all.datedRecall()) + " (" + all.datesWithin() + " of "
        + all.goldDated() + " found with a date inside the gold range) |\n"
        + "| events not counted (negated or hypothetical) | " + e.score().notCounted() + " |\n"
        + "| actor slots with a country or IGO | " + e.actors().placed() + " of "
        + e.actors().slots() + " |\n"
        + "| actor slots unknown to the knowledge base | " + e.actors().unknown() + " of "
        + e.actors().slots() + " |\n";
  }

  private static String pct(java.util.OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "-";
  }

  /** How many failures each category lists in the report. */
  private static final int FAILURES_SHOWN = 3;

  static String report(PetrarchSuite.Report r) {
    PetrarchSuite.Score s = r.withShipped();
    PetrarchSuite.Score alone = r.suiteOnly();
    StringBuilder b = new StringBuilder();
    PetrarchVerbs.Counts v = s.verbs();
    b.append("## PETRARCH2 validation suite\n\n")
        .append("The ").append(s.records()).append(" records of PETRARCH2's validation suite")
        .append(" (`../shared/testdata/petrarch2/text/PETR.UnitTest.records.xml`, MIT), each")
        .append(" coded by Dyad as an article of its own, published on the record's date, on")
        .append(" Dyad's own CoreNLP parse of the record's text (the suite's parse trees are")
        .append(" not used). The suite's fictional actors and agents")
        .append(" (`PETR.Validate.actors.txt`, `.agents.txt`) are imported into the knowledge")
        .append(" base, and its verbs (`PETR.Validate.verbs.txt`) into the patterns")
        .append(" (`PetrarchVerbs`). A record passes when Dyad's set of (source code, target")
        .append(" code, event code), compared as strings, equals the expected set; Dyad's events")
        .append(" without a target are left out (the suite requires dyads); a record expecting")
        .append(" no event passes when Dyad codes none; records expecting an error (dateline,")
        .append(" bad parse, story discard) are skipped. The suite writes an event between two")
        .append(" sides both ways, Dyad once (the coding guide): where a record expects both")
        .append(" directions and Dyad coded one, the other counts as coded.\n\n")
        .append("Two runs: **shipped + suite** codes with Dyad's own patterns, the suite's")
        .append(" verbs adding the words Dyad lacks (shipped patterns win where both give the")
        .append(" same words: the figure `PetrarchSuiteIT` holds); **suite alone** codes with")
        .append(" the suite's verbs only, as PETRARCH runs the suite. The suite's verbs file")
        .append(" mostly holds WEIS codes (it began as a KEDS dictionary), so many expected")
        .append(" codes are not CAMEO codes Dyad can give; the CAMEO row counts the records")
        .append(" whose expected codes are all in Dyad's CAMEO codebook.\n\n")
        .append("Verbs import: ").append(v.verbs()).append(" verb forms and ")
        .append(v.patterns()).append(" patterns read; ").append(v.translated())
        .append(" patterns translated, ").append(v.untranslatable())
        .append(" not translatable (words before the verb, `$` sources, compounds, several")
        .append(" phrases after the verb), ").append(v.badCodes())
        .append(" verb or pattern lines skipped for a code that is not CAMEO, ")
        .append(v.duplicates()).append(" duplicates; ").append(s.importedPatterns())
        .append(" pattern rows imported, of which ").append(s.usedPatterns())
        .append(" are new to Dyad's patterns.\n\n")
        .append("| measure | shipped + suite | suite alone |\n| --- | --- | --- |\n")
        .append("| records | ").append(s.records()).append(" | ").append(alone.records())
        .append(" |\n")
        .append("| skipped (expect an error) | ").append(s.skipped()).append(" | ")
        .append(alone.skipped()).append(" |\n")
        .append("| pass | ").append(cell(s.passed(), s.judged())).append(" | ")
        .append(cell(alone.passed(), alone.judged())).append(" |\n")
        .append("| pass, records expecting CAMEO codes only | ")
        .append(cell(s.cameoPassed(), s.cameoJudged())).append(" | ")
        .append(cell(alone.cameoPassed(), alone.cameoJudged())).append(" |\n\n")
        .append("By category:\n\n| category | records | shipped + suite | suite alone |\n")
        .append("| --- | --- | --- | --- |\n");
    for (Map.Entry<String, int[]> e : s.byCategory().entrySet()) {
      int[] other = alone.byCategory().getOrDefault(e.getKey(), new int[2]);
      b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
          .append(cell(e.getValue()[1], e.getValue()[0])).append(" | ")
          .append(cell(other[1], other[0])).append(" |\n");
    }
    b.append("\nSome failures per category, shipped + suite (expected, then Dyad's):\n\n");
    Map<String, Integer> shown = new java.util.TreeMap<>();
    for (PetrarchSuite.Outcome o : s.failures()) {
      String category = o.record().category();
      if (shown.merge(category, 1, Integer::sum) > FAILURES_SHOWN) {
        continue;
      }
      String text = o.record().text();
      b.append("- ").append(o.record().id()).append(": expected ")
          .append(PetrarchSuite.describe(o.record().expected())).append("; Dyad ")
          .append(PetrarchSuite.describe(o.coded())).append(". \"")
          .append(text.length() > 160 ? text.substring(0, 157) + "..." : text)
          .append("\"\n");
    }
    return b.toString();
  }

  private static String cell(int n, int of) {
    return n + " of " + of + " (" + PetrarchSuite.pct(n, of) + ")";
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
