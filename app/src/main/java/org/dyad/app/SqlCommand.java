package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.Queries;
import org.dyad.store.ResultWriter;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad sql}: one reading SQL statement against the store, opened read-only. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run one SELECT statement on the store (opened read-only; statements that"
        + " would change it are refused). Tables: articles, mentions, events, event_mentions,"
        + " article_links, actors, schema_version.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done", "2:a statement that does not read, or a bad one",
        "3:the store is locked by an ingest or failed"})
final class SqlCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SELECT", description = "The statement, quoted.")
  String sql;

  @Option(names = "--format", defaultValue = "table",
      description = "table (default), csv or jsonl.")
  String format;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Optional<ResultWriter.Format> f = ResultWriter.Format.of(format);
    if (f.isEmpty()) {
      err.println("dyad sql: --format must be table, csv or jsonl, not '" + format + "'");
      return Main.EXIT_USAGE;
    }
    String refusal = Queries.refusal(sql);
    if (refusal != null) {
      err.println("dyad sql: " + refusal + "; the store is read-only here (use dyad ingest to"
          + " change it)");
      return Main.EXIT_USAGE;
    }
    try (Store db = store.openForReading("sql", err)) {
      if (db == null) {
        return store.failure;
      }
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      new Queries(db).sql(sql, f.get(), out);
      out.flush();
      return 0;
    } catch (SQLException e) {
      err.println("dyad sql: " + IngestCommand.firstLine(e));
      return Main.EXIT_USAGE;
    }
  }
}
