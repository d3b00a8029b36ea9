package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dyad sql} turns the sandbox's refusals into a message for the user, and nothing of the
 * file is printed. One query of each kind is enough here: every hostile query is tried against
 * the reading connection in {@code SandboxTest} and against the command in
 * {@code scripts/attack/sql.sh}.
 */
class SqlCommandTest {

  private static final String SECRET = "the-secret-line";

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("dyad.duckdb");
    Store.openForWriting(db).close();
    Files.writeString(dir.resolve("secret.csv"), "a\n" + SECRET + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM read_csv('%s/secret.csv')",
      "SELECT * FROM glob('%s/*')",
      "SELECT * FROM 'http://127.0.0.1:9/x.csv'"})
  void filesAndUrlsAreRefused(String template) {
    String sql = template.replace("%s", dir.toString());
    Cli cli = Cli.run("sql", sql, "--db", db.toString(), "--format", "csv");
    assertEquals(Main.EXIT_USAGE, cli.exit(), cli.err());
    assertTrue(cli.err().startsWith("dyad sql: refused: a query reads only the store's tables"),
        cli.err());
    assertFalse(cli.out().contains(SECRET) || cli.out().contains("secret.csv"), cli.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"INSTALL httpfs", "COPY events TO '/tmp/x.csv'"})
  void statementsThatChangeWhatIsReachableAreRefused(String sql) {
    Cli cli = Cli.run("sql", sql, "--db", db.toString());
    assertEquals(Main.EXIT_USAGE, cli.exit(), cli.err());
    assertTrue(cli.err().startsWith("dyad sql: only statements that read are run"), cli.err());
  }

  @Test
  void theStoreIsReadAndAParquetExportStillWritesItsFolder() {
    Cli count = Cli.run("sql", "SELECT count(*) AS n FROM events", "--db", db.toString(),
        "--format", "csv");
    assertEquals(0, count.exit(), count.err());
    assertEquals("n", count.out().lines().findFirst().orElse(""), count.out());
    Path out = dir.resolve("new folder").resolve("events.parquet");
    Cli export = Cli.run("export", "--format", "parquet", "--out", out.toString(), "--db",
        db.toString());
    assertEquals(0, export.exit(), export.err());
    assertTrue(Files.isDirectory(out), export.err());
  }
}
