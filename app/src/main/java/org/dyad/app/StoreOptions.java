package org.dyad.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the store, and opening it for them. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "PATH",
      description = "The store, one DuckDB file (default: ./dyad-data/dyad.duckdb; commands"
          + " that read fall back to the demo's ./dyad-data/demo.duckdb while it is missing).")
  Path db;

  /** Where {@code dyad demo} keeps its store (its {@code --db} default). */
  static final Path DEMO_PATH = Path.of("dyad-data", "demo.duckdb");

  /** The store to write: {@code --db}, else the default store. */
  Path path() {
    return db != null ? db : Store.DEFAULT_PATH;
  }

  /**
   * The store to read: {@code --db}, else the default store, else, before anything was ever
   * ingested, the store {@code dyad demo} wrote, with a note on {@code err} saying so (so that
   * {@code stats}, {@code events} and {@code serve} work right after the demo).
   *
   * @param base the folder relative paths start from (the working directory)
   */
  static Path readPath(Path db, Path base, PrintStream err) {
    if (db != null) {
      return db;
    }
    Path standard = base.resolve(Store.DEFAULT_PATH);
    Path demo = base.resolve(DEMO_PATH);
    if (!Files.exists(standard) && Files.exists(demo)) {
      err.println("dyad: no store at " + Store.DEFAULT_PATH + " (nothing ingested yet): reading"
          + " the demo's store " + DEMO_PATH + "; --db PATH names another");
      return demo;
    }
    return standard;
  }

  /** The exit status after {@link #openForReading} returned null. */
  int failure = Main.EXIT_FAILED;

  /**
   * The store opened read-only ({@link #readPath}), or null after telling the user why it
   * cannot be.
   */
  Store openForReading(String command, PrintStream err) {
    return openForReading(command, Optional.empty(), err);
  }

  /**
   * The store opened read-only and allowed to write under {@code exportDir} (a Parquet
   * export), or null after telling the user why it cannot be.
   */
  Store openForReading(String command, Optional<Path> exportDir, PrintStream err) {
    try {
      return Store.openForReading(readPath(db, Path.of(""), err), exportDir);
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
