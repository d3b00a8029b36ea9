package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.Diagnostic;
import org.dyad.Lazy;
import org.dyad.actors.ActorRef;
import org.dyad.events.CameoCode;
import org.dyad.events.Codebook;
import org.dyad.events.Event;
import org.dyad.places.Gazetteer;
import org.dyad.places.PlaceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad eval}: codes a corpus as {@code dyad code} does and compares the events with a
 * gold file a person wrote, giving precision, recall and F1 per CAMEO root class and overall,
 * how well the dates of the matched events agree, and dated recall (gold events found with a
 * date inside the gold range); {@code --verbose} lists each missed gold event and each
 * unmatched event with its sentence.
 *
 * <p>The gold file is UTF-8 JSON lines, one gold event a line, in the coding guide's format
 * or Dyad's older one, told apart line by line ({@link EvalGoldReader}):
 * <pre>
 * {"id":"V01-3","article":"v01","src":"PAK","tgt":"IND","roots":["11","04"],
 *  "from":"2019-02-26","to":"2019-02-26","either":false,"note":"..."}
 * {"article":"tehran","source":"IRNGOV","target":"PSE","root":"041","date":"2021-05-16"}
 * </pre>
 * Each bad line is reported with the file and line and skipped, and the exit status is then
 * 1. How events are matched, and which count, is described in {@link EvalScore}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Code a corpus and compare its events with a gold file (JSON lines, the"
        + " coding guide's rows or Dyad's older format): precision, recall and F1 per CAMEO"
        + " root class and overall, date agreement and dated recall. Only events presented as"
        + " happened or intended (mode asserted or future) count.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every gold line and input was used",
        "1:some gold line or input file was skipped (see messages)", "2:bad command line",
        "3:the run could not finish"})
final class EvalCommand implements Callable<Integer> {

  /** Columns of {@code --format tsv}. */
  static final String[] TSV_COLUMNS = {"root", "name", "gold", "coded", "tp", "fp", "fn",
      "precision", "recall", "f1", "dates_judged", "dates_within", "dates_text",
      "dates_text_within", "dates_publication", "dates_publication_within", "dates_none",
      "gold_dated", "dated_recall"};

  @Parameters(index = "0", paramLabel = "GOLD.jsonl",
      description = "Gold events, one JSON object a line.")
  Path gold;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_DIR",
      description = "Articles to code.")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "table",
      description = "table (default) or tsv.")
  String format;

  @Option(names = "--date-tolerance", defaultValue = "0", paramLabel = "DAYS",
      description = "A coded date agrees when it lies within the gold date give or take DAYS"
          + " (default: ${DEFAULT-VALUE}).")
  int dateTolerance;

  @Option(names = "--verbose",
      description = "List each missed gold event (id, actors, roots, note) and each unmatched"
          + " counted event (article, actors' countries, code, rule, sentence).")
  boolean verbose;

  @picocli.CommandLine.Mixin
  RunOptions run = new RunOptions();

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("tsv")) {
      System.err.println("dyad eval: --format must be table or tsv, not '" + format + "'");
      return Main.EXIT_USAGE;
    }
    if (dateTolerance < 0) {
      System.err.println("dyad eval: --date-tolerance must be 0 or more days, not "
          + dateTolerance);
      return Main.EXIT_USAGE;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    byte[] content;
    try {
      if (Files.isDirectory(gold)) {
        err.println("dyad eval: " + gold + " is a directory, not a gold file");
        return Main.EXIT_USAGE;
      }
      content = Files.readAllBytes(gold);
    } catch (NoSuchFileException e) {
      err.println("dyad eval: " + gold + ": no such file");
      return Main.EXIT_USAGE;
    } catch (IOException e) {
      err.println("dyad eval: cannot read " + gold + ": " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    EvalScore.GoldFile goldFile = EvalGoldReader.parse(gold.toString(), content);
    for (Diagnostic problem : goldFile.problems()) {
      err.println(problem);
    }
    if (goldFile.events().isEmpty()) {
      err.println("dyad eval: " + gold + " has no gold event; nothing to compare");
      return goldFile.problems().isEmpty() ? Main.EXIT_USAGE : Main.EXIT_SKIPPED;
    }

    Evaluation result = evaluate(run.pipeline(err), err, run.threadCount(), gold.toString(),
        goldFile.events(), inputs, dateTolerance);
    EvalScore.Score score = result.score();
    CorpusRun.Summary summary = result.summary();
    Codebook codebook = Codebook.standard();
    if (format.equals("tsv")) {
      out.print(tsv(score, codebook));
      err.print(closing(score));
    } else {
      out.print(table(score, codebook));
      out.println();
      out.print(closing(score));
    }
    (format.equals("tsv") ? err : out).print(result.actors().line());
    (format.equals("tsv") ? err : out).print(result.places().line());
    if (verbose) {
      (format.equals("tsv") ? err : out).print(mistakes(score));
      List<String> unplaced = result.places().unplaced();
      (format.equals("tsv") ? err : out).print("\ncounted events naming a place without"
          + " coordinates (" + unplaced.size() + "):\n" + unplaced.stream()
          .map(u -> "  " + u + "\n").collect(java.util.stream.Collectors.joining()));
    }
    int skippedLines = goldFile.problems().size();
    err.println(summary.line() + "; " + goldFile.events().size() + " gold event"
        + (goldFile.events().size() == 1 ? "" : "s") + ", " + skippedLines + " gold line"
        + (skippedLines == 1 ? "" : "s") + " skipped; " + score.notCounted() + " event"
        + (score.notCounted() == 1 ? "" : "s") + " negated or hypothetical, not counted");
    return skippedLines > 0 || summary.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
  }

  /** The score of a coded corpus against gold events, its actors, and what the run did. */
  record Evaluation(EvalScore.Score score, ActorSlots actors, CorpusRun.Summary summary,
      PlaceShare places) {}

  /**
   * The places of the counted events: how many events there are, how many carry coordinates
   * (from their sentence or from the dateline), and of the events whose sentence or dateline
   * names a place of the gazetteer or of {@code places.tsv} ({@link PlaceNames}), how many
   * carry coordinates: the share issue 16 asks to be 80% or more.
   */
  record PlaceShare(int events, int placed, int byDateline, int named, int namedPlaced,
      List<String> unplaced) {

    PlaceShare {
      unplaced = List.copyOf(unplaced);
    }

    /**
     * @param names the place names of the event's sentence, then of its dateline
     */
    PlaceShare add(Event e, List<String> names) {
      boolean coordinates = e.location() != null && e.location().lat() != null;
      List<String> missed = unplaced;
      if (!names.isEmpty() && !coordinates) {
        missed = new ArrayList<>(unplaced);
        missed.add(e.articleId() + "  " + e.code() + "  names " + String.join(", ", names)
            + "\n      \"" + e.evidence().sentence().replaceAll("\\s+", " ").strip() + "\"");
      }
      return add(e, !names.isEmpty(), missed);
    }

    private PlaceShare add(Event e, boolean names, List<String> missed) {
      boolean coordinates = e.location() != null && e.location().lat() != null;
      boolean dateline = coordinates
          && e.location().source() == org.dyad.events.Location.Source.DATELINE;
      return new PlaceShare(events + 1, placed + (coordinates ? 1 : 0),
          byDateline + (dateline ? 1 : 0), named + (names ? 1 : 0),
          namedPlaced + (names && coordinates ? 1 : 0), missed);
    }

    String line() {
      return String.format(Locale.ROOT, "places: %d of %d counted events whose sentence or"
          + " dateline names a gazetteer place carry coordinates (%s); %d of %d counted events"
          + " carry coordinates (%s), %d of them from the dateline%n", namedPlaced, named,
          pct(named == 0 ? OptionalDouble.empty()
              : OptionalDouble.of((double) namedPlaced / named)), placed, events,
          pct(events == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) placed / events)),
          byDateline);
    }
  }

  /**
   * The source and target slots of the counted events (asserted or future): how many carry a
   * country or an international organisation's code, and how many actors the knowledge base
   * does not know (an unknown name, a generic actor without a known entry).
   */
  record ActorSlots(int slots, int placed, int unknown) {

    ActorSlots add(ActorRef a) {
      if (a == null) {
        return this;
      }
      boolean igo = a.code() != null && a.code().startsWith("IGO");
      return new ActorSlots(slots + 1, placed + (a.country() != null || igo ? 1 : 0),
          unknown + (a.known() ? 0 : 1));
    }

    String line() {
      return String.format(Locale.ROOT, "actors: %d of %d source and target slots of counted"
          + " events carry a country or an international organisation (%s); %d unknown to the"
          + " knowledge base (%s)%n", placed, slots, pct(share(placed)), unknown,
          pct(share(unknown)));
    }

    private OptionalDouble share(int n) {
      return slots == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n / slots);
    }
  }

  /**
   * Codes the inputs and scores their events against the gold events. A gold article that
   * is not in the corpus is reported on {@code err}: its events count as missed.
   */
  static Evaluation evaluate(Lazy<org.dyad.Pipeline> pipeline, PrintStream err, int threads,
      String goldName, List<EvalScore.Gold> gold, List<Path> inputs, int toleranceDays)
      throws IOException {
    List<EvalScore.Coded> coded = new ArrayList<>();
    ActorSlots[] actors = {new ActorSlots(0, 0, 0)};
    PlaceShare[] places = {new PlaceShare(0, 0, 0, 0, 0, List.of())};
    PlaceNames names = new PlaceNames(org.dyad.actors.KnowledgeBase.standard(),
        Gazetteer.standard());
    Set<String> articles = new HashSet<>();
    CorpusRun.Summary summary = new CorpusRun(pipeline, err, threads).run(inputs, null, c -> {
      articles.add(c.article().id());
      List<String> dateline = names.in(c.article().dateline());
      for (Event e : c.events()) {
        EvalScore.Coded one = EvalScore.Coded.of(e);
        coded.add(one);
        if (one.counted()) {
          actors[0] = actors[0].add(e.source()).add(e.target());
          List<String> named = new ArrayList<>(names.in(e.evidence().sentence()));
          named.addAll(dateline);
          places[0] = places[0].add(e, named);
        }
      }
    });
    Map<String, Integer> absent = new LinkedHashMap<>();
    for (EvalScore.Gold g : gold) {
      if (!articles.contains(g.article())) {
        absent.merge(g.article(), 1, Integer::sum);
      }
    }
    absent.forEach((article, n) -> err.println(goldName + ": article '" + article + "' is not"
        + " in the corpus (or its file was skipped): its " + n + " gold event"
        + (n == 1 ? "" : "s") + " count as missed"));
    return new Evaluation(EvalScore.score(gold, coded, toleranceDays), actors[0], summary,
        places[0]);
  }

  static String table(EvalScore.Score score, Codebook codebook) {
    StringBuilder b = new StringBuilder();
    String row = "%-4s  %-32s %5s %6s %5s %5s %5s %10s %7s %7s  %s%n";
    b.append(String.format(Locale.ROOT, row, "root", "name", "gold", "coded", "TP", "FP", "FN",
        "precision", "recall", "F1", "dates"));
    for (Map.Entry<String, EvalScore.Counts> e : score.roots().entrySet()) {
      b.append(tableRow(row, e.getKey(), name(codebook, e.getKey()), e.getValue()));
    }
    b.append(tableRow(row, "all", "", score.all()));
    return b.toString();
  }

  private static String tableRow(String row, String root, String name, EvalScore.Counts c) {
    return String.format(Locale.ROOT, row, root, name, c.gold(), c.coded(), c.tp(), c.fp(),
        c.fn(), pct(c.precision()), pct(c.recall()), pct(c.f1()),
        c.datesJudged() == 0 ? "-" : c.datesWithin() + "/" + c.datesJudged());
  }

  static String tsv(EvalScore.Score score, Codebook codebook) {
    StringBuilder b = new StringBuilder(String.join("\t", TSV_COLUMNS)).append('\n');
    for (Map.Entry<String, EvalScore.Counts> e : score.roots().entrySet()) {
      b.append(tsvRow(e.getKey(), name(codebook, e.getKey()), e.getValue()));
    }
    b.append(tsvRow("all", "", score.all()));
    return b.toString();
  }

  private static String tsvRow(String root, String name, EvalScore.Counts c) {
    Object[] cells = {root, name, c.gold(), c.coded(), c.tp(), c.fp(), c.fn(),
        decimal(c.precision()), decimal(c.recall()), decimal(c.f1()), c.datesJudged(),
        c.datesWithin(), c.text(), c.textWithin(), c.publication(), c.publicationWithin(),
        c.noDate(), c.goldDated(), decimal(c.datedRecall())};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i > 0 ? "\t" : "").append(cells[i]);
    }
    return b.append('\n').toString();
  }

  /** The closing lines: date agreement, then overall precision, recall and F1. */
  static String closing(EvalScore.Score score) {
    EvalScore.Counts all = score.all();
    StringBuilder b = new StringBuilder();
    if (all.datesJudged() == 0) {
      b.append("dates: no matched event has a gold date\n");
    } else {
      b.append(String.format(Locale.ROOT, "dates: %d of %d matched events within the gold"
          + " date give or take %d day%s (%s); coded dates from the text: %d (%d within),"
          + " from the publication date: %d (%d within), none: %d%n", all.datesWithin(),
          all.datesJudged(), score.toleranceDays(), score.toleranceDays() == 1 ? "" : "s",
          pct(all.dateAgreement()), all.text(), all.textWithin(), all.publication(),
          all.publicationWithin(), all.noDate()));
    }
    if (all.goldDated() > 0) {
      b.append(String.format(Locale.ROOT, "dated recall: %s (%d of %d dated gold events found"
          + " with a date inside the gold range)%n", pct(all.datedRecall()), all.datesWithin(),
          all.goldDated()));
    }
    b.append(String.format(Locale.ROOT, "overall: precision %s, recall %s, F1 %s (TP %d, FP %d,"
        + " FN %d)%n", pct(all.precision()), pct(all.recall()), pct(all.f1()), all.tp(),
        all.fp(), all.fn()));
    return b.toString();
  }

  /**
   * The verbose listing: each missed gold event, each matched event whose date lies outside
   * the gold range (its coded date, where that came from, the gold range, its sentence), then
   * each counted event no gold event matched, with its sentence.
   */
  static String mistakes(EvalScore.Score score) {
    StringBuilder b = new StringBuilder();
    b.append("\nmissed gold events (").append(score.missed().size()).append("):\n");
    for (EvalScore.Gold g : score.missed()) {
      b.append("  ").append(g.label()).append("  ").append(g.article()).append("  ")
          .append(g.source()).append(g.either() ? " <-> " : " -> ")
          .append(g.target() == null ? "*" : g.target()).append("  roots ")
          .append(String.join(",", g.roots())).append(note(g)).append('\n');
    }
    List<EvalScore.Pair> misdated = score.pairs().stream()
        .filter(p -> p.date() == EvalScore.DateCheck.OUTSIDE).toList();
    b.append("\nfound but misdated (").append(misdated.size()).append("):\n");
    for (EvalScore.Pair p : misdated) {
      EvalScore.Gold g = p.gold();
      EvalScore.Coded c = p.coded();
      b.append("  ").append(g.label()).append("  ").append(g.article()).append("  ")
          .append(c.code()).append("  coded ").append(orDash(c.date().value())).append(" (")
          .append(c.date().source().name().toLowerCase(Locale.ROOT)).append(")  gold ")
          .append(g.from()).append(g.to().equals(g.from()) ? "" : ".." + g.to());
      b.append(note(g)).append(quoted(c));
    }
    b.append("\nunmatched events (").append(score.spurious().size()).append("):\n");
    for (EvalScore.Coded c : score.spurious()) {
      b.append("  ").append(c.article()).append("  ").append(orDash(c.sourceCountry()))
          .append(" -> ").append(orDash(c.targetCountry())).append("  ").append(c.code())
          .append("  ").append(c.mode().label()).append("  rule ").append(c.rule())
          .append(quoted(c));
    }
    return b.toString();
  }

  /** A gold event's note after two spaces, or nothing. */
  private static String note(EvalScore.Gold g) {
    return g.note() == null ? "" : "  " + g.note();
  }

  /** A coded event's sentence on a line of its own, quoted, its white space collapsed. */
  private static String quoted(EvalScore.Coded c) {
    return "\n      \"" + c.sentence().replaceAll("\\s+", " ").strip() + "\"\n";
  }

  private static String orDash(String country) {
    return country == null ? "-" : country;
  }

  private static String name(Codebook codebook, String root) {
    return codebook.entry(CameoCode.of(root)).map(Codebook.Entry::name).orElse("");
  }

  private static String pct(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "-";
  }

  private static String decimal(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "";
  }
}
