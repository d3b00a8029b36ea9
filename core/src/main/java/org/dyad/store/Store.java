package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dyad.corpus.Dedup;

/**
 * The embedded store: one DuckDB file holding articles, event mentions, deduplicated events and
 * the links between them. Opening it read-write brings its schema up to date with the ordered
 * SQL migrations under {@code org/dyad/store/migrations/}, each in one transaction, and records
 * each in {@code schema_version}.
 *
 * <p>Concurrency: DuckDB lets one process open a file read-write, and no other process open it
 * at all meanwhile (not even read-only); or several processes open it read-only, and none
 * read-write. A process refused gets {@link StoreException.Kind#LOCKED} with a message naming
 * the holder ({@link StoreLock}): an ingest writing, or a {@code dyad serve} reading. Within a
 * process, one {@code Store} is used by one thread.
 */
public final class Store implements AutoCloseable {

  /** Where {@code dyad} keeps its store unless told otherwise. */
  public static final Path DEFAULT_PATH = Path.of("dyad-data", "dyad.duckdb");

  private static final String MIGRATIONS = "migrations/";

  private final Path path;
  private final Connection connection;
  private final boolean readOnly;

  private Store(Path path, Connection connection, boolean readOnly) {
    this.path = path;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /** Opens (creating when needed) the store read-write and migrates it to the latest schema. */
  public static Store openForWriting(Path path) throws StoreException {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.FAILED, "cannot create the folder of the"
          + " store " + path + ": " + e.getMessage(), e);
    }
    Store store = new Store(path, connectForWriting(path), false);
    try {
      store.migrate();
      store.regroupIfNeeded();
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw new StoreException(StoreException.Kind.FAILED, "cannot update the schema of the"
          + " store " + path + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * Opens an existing store read-only; its schema must be the one this Dyad knows. The
   * connection reaches no file but the store, no URL and no extension ({@link Sandbox}).
   */
  public static Store openForReading(Path path) throws StoreException {
    return openForReading(path, Optional.empty());
  }

  /**
   * Opens an existing store read-only, as {@link #openForReading(Path)}, allowing it to write
   * under one folder: where a Parquet export goes ({@link Exports#parquet}).
   */
  public static Store openForReading(Path path, Optional<Path> exportDir)
      throws StoreException {
    if (!Files.isRegularFile(path)) {
      throw new StoreException(StoreException.Kind.MISSING, "no store at " + path
          + ": run 'dyad ingest SOURCES' first, or give --db PATH", null);
    }
    Store store = new Store(path, connect(path, Sandbox.reading(exportDir)), true);
    try {
      int version = store.schemaVersion();
      int latest = migrations().size();
      if (version != latest) {
        store.close();
        throw new StoreException(StoreException.Kind.VERSION, "the store " + path
            + " has schema version " + version + ", this Dyad reads version " + latest
            + (version < latest ? ": run 'dyad ingest' once to update it" : ": use a newer"
            + " Dyad"), null);
      }
    } catch (SQLException e) {
      store.close();
      throw new StoreException(StoreException.Kind.FAILED, path + " is not a Dyad store: "
          + firstLine(e), e);
    }
    return store;
  }

  /** How long a writer waits for readers that hold the store for a moment. */
  static final long READERS_WAIT_MS = 5_000;

  /**
   * A writing connection. Readers that hold the store for a moment (a read-only {@code dyad
   * serve} opens it for each request, {@link StoreReader}) are waited for, up to {@link
   * #READERS_WAIT_MS}; a writer holding it is not, since ingests take minutes.
   */
  private static Connection connectForWriting(Path path) throws StoreException {
    long deadline = System.nanoTime() + READERS_WAIT_MS * 1_000_000;
    while (true) {
      try {
        return connect(path, Sandbox.writing());
      } catch (StoreException e) {
        boolean readers = e.kind() == StoreException.Kind.LOCKED
            && String.valueOf(e.getCause().getMessage()).contains("read-only mode");
        if (!readers || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException(StoreException.Kind.FAILED, "interrupted while waiting for"
            + " the readers of the store " + path, e);
      }
    }
  }

  /** The one place a connection to the store is opened. */
  private static Connection connect(Path path, Properties props) throws StoreException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), props);
    } catch (SQLException e) {
      throw translate(path, e);
    }
  }

  /** The user's message for a failure to open: the lock held by another process above all. */
  static StoreException translate(Path path, SQLException e) {
    if (StoreLock.isLock(e)) {
      return new StoreException(StoreException.Kind.LOCKED, StoreLock.message(path, e), e);
    }
    return new StoreException(StoreException.Kind.FAILED, "cannot open the store " + path
        + ": " + firstLine(e), e);
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  public Path path() {
    return path;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** The JDBC connection; auto-commit unless a caller turns it off for a transaction. */
  public Connection connection() {
    return connection;
  }

  /** The schema version: the number of migrations applied. */
  public int schemaVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables"
            + " WHERE table_name = 'schema_version'")) {
      r.next();
      if (r.getLong(1) == 0) {
        return 0;
      }
    }
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private void migrate() throws SQLException, StoreException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
          + " name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    List<String> all = migrations();
    int version = schemaVersion();
    if (version > all.size()) {
      throw new StoreException(StoreException.Kind.VERSION, "the store " + path
          + " has schema version " + version + ", newer than this Dyad's " + all.size()
          + ": use a newer Dyad", null);
    }
    for (int i = version; i < all.size(); i++) {
      String name = all.get(i);
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        for (String statement : statements(resource(MIGRATIONS + name))) {
          s.execute(statement);
        }
        try (PreparedStatement p = connection.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)")) {
          p.setInt(1, i + 1);
          p.setString(2, name);
          p.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Rebuilds the events from the mentions when a migration dropped them to regroup them by a
   * new rule (0003: blocks of two actors either way round): a store with mentions and no
   * events is never left so.
   */
  private void regroupIfNeeded() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM mentions) > 0"
            + " AND (SELECT count(*) FROM events) = 0")) {
      if (!r.next() || !r.getBoolean(1)) {
        return;
      }
    }
    new Ingester(this, Dedup.standard(), Clock.systemUTC()).rebuildAllEvents();
  }

  /** The migrations' file names, in order. */
  static List<String> migrations() {
    List<String> out = new ArrayList<>();
    for (String line : resource(MIGRATIONS + "index.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** The statements of a SQL script: comments dropped, split at semicolons ending a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
      if (code.isBlank()) {
        continue;
      }
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Store.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dyad/store/" + name);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8))) {
        StringBuilder b = new StringBuilder();
        r.lines().forEach(l -> b.append(l).append('\n'));
        return b.toString();
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing is left to save: every write was committed or rolled back.
    }
  }
}
