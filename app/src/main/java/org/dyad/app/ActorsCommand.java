package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.Pipeline;
import org.dyad.actors.Names;
import org.dyad.actors.UnknownName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad actors --unknown}: the people and organisations a corpus names that the knowledge
 * base does not know, most frequent first, with the code their context suggests and an
 * example sentence, so users can grow the KB where it matters.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "List the people and organisations of a corpus that the knowledge base does"
        + " not know (--unknown), with counts, a suggested code and an example sentence.")
final class ActorsCommand implements Callable<Integer> {

  @Option(names = "--unknown", required = true,
      description = "List names the knowledge base does not know.")
  boolean unknown;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Articles to read.")
  List<Path> inputs;

  @Option(names = "--min-count", defaultValue = "1", paramLabel = "N",
      description = "Only names seen at least N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
      description = "At most N names (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @Option(names = "--format", defaultValue = "table",
      description = "table (default) or tsv.")
  String format;

  @picocli.CommandLine.Mixin
  RunOptions run = new RunOptions();


  /** One unknown name across the corpus. */
  record Tally(String name, String type, Map<String, Integer> codes, Set<String> articles,
      String article, String example, int[] count) {
    String code() {
      return codes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse("");
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("tsv")) {
      System.err.println("dyad actors: --format must be table or tsv, not '" + format + "'");
      return Main.EXIT_USAGE;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    CorpusRun.Summary summary = new CorpusRun(run.pipeline(err), err,
        run.threadCount()).run(inputs, null, coded -> {
          for (UnknownName u : coded.unknownNames()) {
            String key = u.type() + " " + Names.key(Names.pieces(u.name()));
            Tally t = tallies.computeIfAbsent(key, k -> new Tally(u.name(), u.type(),
                new LinkedHashMap<>(), new HashSet<>(), coded.article().id(), u.sentence(),
                new int[1]));
            t.count()[0]++;
            t.articles().add(coded.article().id());
            if (u.code() != null) {
              t.codes().merge(u.code(), 1, Integer::sum);
            }
          }
        });
    List<Tally> sorted = new ArrayList<>(tallies.values());
    sorted.removeIf(t -> t.count()[0] < minCount);
    sorted.sort(Comparator.comparingInt((Tally t) -> -t.count()[0])
        .thenComparing(Tally::name));
    if (limit > 0 && sorted.size() > limit) {
      sorted = sorted.subList(0, limit);
    }
    out.print(format.equals("tsv") ? tsv(sorted) : table(sorted));
    err.println(summary.line() + "; " + tallies.size() + " unknown names");
    return summary.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
  }

  static String table(List<Tally> tallies) {
    StringBuilder b = new StringBuilder();
    String row = "%5s %5s  %-12s %-8s %-30s %s%n";
    b.append(String.format(Locale.ROOT, row, "count", "arts", "type", "code", "name",
        "example"));
    for (Tally t : tallies) {
      b.append(String.format(Locale.ROOT, row, t.count()[0], t.articles().size(),
          t.type().toLowerCase(Locale.ROOT), t.code().isEmpty() ? "-" : t.code(),
          cut(t.name(), 30), t.article() + ": " + cut(t.example(), 70)));
    }
    return b.toString();
  }

  static String tsv(List<Tally> tallies) {
    StringBuilder b = new StringBuilder("count\tarticles\ttype\tcode\tname\tarticle\texample\n");
    for (Tally t : tallies) {
      b.append(t.count()[0]).append('\t').append(t.articles().size()).append('\t')
          .append(t.type()).append('\t').append(t.code()).append('\t').append(t.name())
          .append('\t').append(t.article()).append('\t')
          .append(t.example().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
    }
    return b.toString();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
