package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.actors.ActorRef;
import org.dyad.corpus.Dedup;
import org.dyad.events.Event;
import org.dyad.store.Ingester;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad demo}: codes the bundled sample corpus and shows what came out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Code the bundled sample corpus, store it in an embedded store, print a"
        + " summary of its events and serve the dashboard over it (--no-serve to exit).")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus to code (default: the bundled samples/news).")
  Path corpus;

  @picocli.CommandLine.Mixin
  RunOptions run = new RunOptions();

  @Option(names = "--out", paramLabel = "PATH", defaultValue = "dyad-out/demo.events.jsonl",
      description = "Where the full JSON-lines output goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = "dyad-data/demo.duckdb",
      description = "The store the demo fills; each sample article is coded again and"
          + " replaces its stored version (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--no-serve",
      description = "Exit after the summary instead of serving the dashboard (tests, CI).")
  boolean noServe;

  @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
      description = "The dashboard's port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path input = corpus != null ? corpus : defaultCorpus();
    if (!Files.isDirectory(input)) {
      System.err.println("dyad demo: sample corpus not found at " + input
          + " (run ./dyad demo from the Dyad checkout, or give --corpus DIR)");
      return Main.EXIT_USAGE;
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    stdout.println("Coding the sample corpus in " + input + " ...");
    Lazy<Pipeline> pipeline = run.pipeline(err);
    List<Pipeline.Coded> all = new ArrayList<>();
    CorpusRun.Summary summary;
    String stats;
    try (Store store = Store.openForWriting(db);
        Writer sink = CodeCommand.openOut(out);
        EventWriter writer = new EventWriter(sink, EventWriter.Format.JSONL)) {
      Ingester ingester = new Ingester(store, Dedup.standard(), Clock.systemUTC());
      summary = new CorpusRun(pipeline, err, run.threadCount()).run(List.of(input),
          null, coded -> {
            all.add(coded);
            for (Event e : coded.events()) {
              writer.write(e, coded.republished());
            }
            try {
              ingester.store(coded.article(), coded.sentences(), coded.events(), true,
                  coded.republished());
            } catch (SQLException e) {
              throw new IOException("cannot write to the store " + db + ": "
                  + IngestCommand.firstLine(e), e);
            }
          });
      stats = new Queries(store).stats();
    } catch (StoreException e) {
      err.println("dyad demo: " + e.getMessage());
      return StoreOptions.exitFor(e);
    } catch (SQLException e) {
      err.println("dyad demo: the store " + db + " failed: " + IngestCommand.firstLine(e));
      return Main.EXIT_FAILED;
    }
    stdout.println();
    stdout.print(table(all));
    stdout.println();
    stdout.println(summary.line());
    stdout.println("Full output (JSON lines, one event a line): " + out);
    stdout.println();
    stdout.println("The embedded store, events deduplicated across articles (" + db + "):");
    stdout.print(stats);
    stdout.println("Query it: ./dyad events --db " + db + " --code 19, ./dyad stats --db " + db
        + ", ./dyad export --db " + db + " --format gdelt");
    int status = summary.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
    if (noServe) {
      return status;
    }
    stdout.println();
    int served = ServeCommand.serve(db, pipeline, "127.0.0.1", port, stdout, err);
    return served != 0 ? served : status;
  }

  private static Path defaultCorpus() {
    String home = System.getProperty("dyad.home");
    return (home != null ? Path.of(home) : Path.of("")).resolve("samples/news");
  }

  /** A readable table: one block per article, one row per event. */
  static String table(List<Pipeline.Coded> coded) {
    StringBuilder b = new StringBuilder();
    String row = "  %-10s  %-26s  %-4s %-34s  %-26s%n";
    for (Pipeline.Coded c : coded) {
      b.append(String.format(Locale.ROOT, "%s  published %s  %d events%n", c.article().id(),
          c.article().publishedDate().map(Object::toString).orElse("unknown"),
          c.events().size()));
      if (!c.events().isEmpty()) {
        b.append(String.format(Locale.ROOT, row, "date", "source", "code", "event", "target"));
      }
      for (Event e : c.events()) {
        b.append(String.format(Locale.ROOT, row,
            e.date().value() == null ? "-" : e.date().value(), actor(e.source()),
            e.code().value(), cut(e.cameo().name() + (e.negated() ? " (negated)" : ""), 34),
            actor(e.target())));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String actor(ActorRef a) {
    if (a == null) {
      return "-";
    }
    return cut(a.code() + " (" + a.text() + ")", 26);
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
