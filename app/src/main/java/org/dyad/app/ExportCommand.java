package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.Exports;
import org.dyad.store.ResultWriter;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the store's events in a standard format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store's events: gdelt (the GDELT 2.0 event table, 61"
        + " tab-separated columns, see docs/GDELT.md), csv, jsonl (with each event's mentions)"
        + " or parquet (a folder partitioned by event month).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done", "2:bad command line or no store",
        "3:the store is locked by an ingest, or the output could not be written"})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, description = "gdelt, csv, jsonl or parquet.")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "The file (a folder for"
      + " parquet; default dyad-out/events.parquet); standard output when not given.")
  Path out;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("gdelt") && !f.equals("csv") && !f.equals("jsonl") && !f.equals("parquet")) {
      err.println("dyad export: --format must be gdelt, csv, jsonl or parquet, not '" + format
          + "'");
      return Main.EXIT_USAGE;
    }
    Path dir = out != null ? out : Path.of("dyad-out", "events.parquet");
    try (Store db = store.openForReading("export",
        f.equals("parquet") ? Optional.of(dir) : Optional.empty(), err)) {
      if (db == null) {
        return store.failure;
      }
      Exports exports = new Exports(db);
      if (f.equals("parquet")) {
        long n = exports.parquet(dir);
        err.println(n + " events written under " + dir + " (one folder per event month)");
        return 0;
      }
      Writer w = out == null
          ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : CodeCommand.openOut(out);
      int n;
      try {
        n = switch (f) {
          case "gdelt" -> exports.gdelt(w);
          case "csv" -> exports.events(ResultWriter.Format.CSV, w);
          default -> exports.events(ResultWriter.Format.JSONL, w);
        };
        w.flush();
      } finally {
        if (out != null) {
          w.close();
        }
      }
      err.println(n + " events" + (out != null ? " written to " + out : ""));
      return 0;
    } catch (IOException e) {
      err.println("dyad export: cannot write " + (out == null ? "the output" : out) + ": "
          + e.getMessage());
      return Main.EXIT_FAILED;
    } catch (SQLException e) {
      err.println("dyad export: " + IngestCommand.firstLine(e));
      return Main.EXIT_FAILED;
    }
  }
}
