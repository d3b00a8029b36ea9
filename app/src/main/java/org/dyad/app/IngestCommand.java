package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.corpus.Dedup;
import org.dyad.store.Ingester;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: reads, codes and stores articles, each once, in the embedded store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read, code and store articles in the embedded store. Each article is stored"
        + " once (by URL when known, else by normalised content), however often it is"
        + " ingested; each is committed on its own, so an interrupted ingest loses nothing"
        + " already stored and can simply be run again.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input was stored or already there",
        "1:some input was skipped (see messages)", "2:bad command line",
        "3:the run could not finish (the store is locked or cannot be written)"})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SOURCES", description = "Articles to ingest.")
  List<Path> inputs;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--recode", description = "Code again the articles already stored (after a"
      + " dictionary change) and replace their events.")
  boolean recode;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of every article, overriding what the files say.")
  LocalDate date;

  @Option(names = {"-v", "--verbose"},
      description = "Name each article as it is committed to the store.")
  boolean verbose;

  @Mixin
  RunOptions run = new RunOptions();

  @picocli.CommandLine.Mixin
  InputOptions input = new InputOptions();

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Path path = store.path();
    try (Store db = Store.openForWriting(path)) {
      Ingester ingester = new Ingester(db, Dedup.standard(), Clock.systemUTC());
      Ingester.Known known = ingester.known();
      Lazy<Pipeline> pipeline = run.pipeline(err);
      AtomicInteger passed = new AtomicInteger();
      Map<Ingester.Outcome, Integer> outcomes = new EnumMap<>(Ingester.Outcome.class);
      int[] mentions = {0};
      CorpusRun.Summary summary = new CorpusRun(pipeline, err, run.threadCount(),
          input.sourceOptions()).run(inputs,
          date, article -> {
            if (!recode && known.contains(article)) {
              passed.incrementAndGet();
              return false;
            }
            return true;
          }, coded -> {
            try {
              Ingester.Outcome o = ingester.store(coded.article(), coded.sentences(),
                  coded.events(), recode, coded.republished());
              outcomes.merge(o, 1, Integer::sum);
              if (verbose) {
                err.println(o.name().toLowerCase(Locale.ROOT) + " " + coded.article().source()
                    + " (" + coded.events().size() + " mentions)");
              }
              if (o != Ingester.Outcome.UNCHANGED) {
                mentions[0] += coded.events().size();
              }
            } catch (SQLException e) {
              throw new IOException("cannot write " + coded.article().source() + " to the store "
                  + path + ": " + firstLine(e), e);
            }
          });
      err.println(summary.line());
      err.println(String.format(Locale.ROOT, "store %s: %d new, %d already stored, %d updated,"
          + " %d re-coded articles; %d mentions written", path,
          outcomes.getOrDefault(Ingester.Outcome.STORED, 0),
          passed.get() + outcomes.getOrDefault(Ingester.Outcome.UNCHANGED, 0),
          outcomes.getOrDefault(Ingester.Outcome.UPDATED, 0),
          outcomes.getOrDefault(Ingester.Outcome.RECODED, 0), mentions[0]));
      return summary.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
    } catch (StoreException e) {
      err.println("dyad ingest: " + e.getMessage());
      return StoreOptions.exitFor(e);
    } catch (SQLException e) {
      err.println("dyad ingest: the store " + path + " failed: " + firstLine(e));
      return Main.EXIT_FAILED;
    }
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
