package org.dyad.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print what the store holds: articles, near-duplicates, mentions, events,"
        + " actors, dates, top dyads and codes.")
final class StatsCommand implements Callable<Integer> {

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    try (Store db = store.openForReading("stats", err)) {
      if (db == null) {
        return store.failure;
      }
      out.print(new Queries(db).stats());
      return 0;
    } catch (SQLException e) {
      err.println("dyad stats: the store failed: " + IngestCommand.firstLine(e));
      return Main.EXIT_FAILED;
    }
  }
}
