package org.dyad.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the store, and opening it for them. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "PATH",
      description = "The store, one DuckDB file (default: ./dyad-data/dyad.duckdb).")
  Path db;

  Path path() {
    return db != null ? db : Store.DEFAULT_PATH;
  }

  /** The exit status after {@link #openForReading} returned null. */
  int failure = Main.EXIT_FAILED;

  /** The store opened read-only, or null after telling the user why it cannot be. */
  Store openForReading(String command, PrintStream err) {
    return openForReading(command, Optional.empty(), err);
  }

  /**
   * The store opened read-only and allowed to write under {@code exportDir} (a Parquet
   * export), or null after telling the user why it cannot be.
   */
  Store openForReading(String command, Optional<Path> exportDir, PrintStream err) {
    try {
      return Store.openForReading(path(), exportDir);
    } catch (StoreException e) {
      err.println("dyad " + command + ": " + e.getMessage());
      failure = exitFor(e);
      return null;
    }
  }

  /** The exit status for a store that could not be opened. */
  static int exitFor(StoreException e) {
    return e.kind() == StoreException.Kind.MISSING ? Main.EXIT_USAGE : Main.EXIT_FAILED;
  }
}
