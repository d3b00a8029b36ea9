package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxTest {

  @TempDir
  Path dir;

  private Path store() throws Exception {
    Path path = dir.resolve("dyad.duckdb");
    if (!Files.exists(path)) {
      Store.openForWriting(path).close();
      Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
    }
    return path;
  }

  private static String setting(Store s, String name) throws SQLException {
    try (Statement st = s.connection().createStatement();
        ResultSet r = st.executeQuery("SELECT current_setting('" + name + "')")) {
      r.next();
      return r.getString(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM read_csv('%s/secret.csv')",
      "SELECT * FROM read_text('%s/secret.csv')",
      "SELECT * FROM read_blob('%s/secret.csv')",
      "SELECT * FROM read_parquet('%s/secret.csv')",
      "SELECT * FROM read_json('%s/secret.csv')",
      "SELECT * FROM glob('%s/*')",
      "SELECT * FROM 'http://127.0.0.1:9/x.csv'",
      "SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')",
      "INSTALL httpfs",
      "LOAD httpfs",
      "SET enable_external_access = true",
      "SET lock_configuration = false",
      "ATTACH '%s/other.duckdb'",
      "COPY (SELECT 1) TO '%s/out.csv'"})
  void aReadingConnectionReachesNothingButTheStore(String template) throws Exception {
    String sql = template.replace("%s", dir.toString());
    try (Store s = Store.openForReading(store())) {
      SQLException e = assertThrows(SQLException.class,
          () -> new Queries(s).sql(sql, ResultWriter.Format.CSV, new StringWriter()), sql);
      assertTrue(e.getMessage().startsWith(Queries.SANDBOXED), e.getMessage());
      assertEquals("false", setting(s, "enable_external_access"));
    }
    assertFalse(Files.exists(dir.resolve("out.csv")));
    assertFalse(Files.exists(dir.resolve("other.duckdb")));
  }

  @Test
  void theStoreItselfIsRead() throws Exception {
    try (Store s = Store.openForReading(store())) {
      StringWriter out = new StringWriter();
      assertEquals(1, new Queries(s).sql("SELECT count(*) AS n FROM articles",
          ResultWriter.Format.CSV, out));
      assertEquals(List.of("n", "0"), out.toString().lines().toList());
    }
  }

  @Test
  void anExportWritesUnderItsFolderOnly() throws Exception {
    Path out = dir.resolve("it's here").resolve("events.parquet");
    try (Store s = Store.openForReading(store(), Optional.of(out))) {
      assertEquals(0, new Exports(s).parquet(out));
      assertTrue(Files.isDirectory(out));
      SQLException e = assertThrows(SQLException.class, () -> new Queries(s).sql(
          "SELECT * FROM read_csv('" + dir + "/secret.csv')", ResultWriter.Format.CSV,
          new StringWriter()));
      assertTrue(e.getMessage().startsWith(Queries.SANDBOXED), e.getMessage());
    }
  }

  @Test
  void theWritingConnectionFetchesNoExtension() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("w.duckdb"))) {
      assertEquals("false", setting(s, "autoinstall_known_extensions"));
      assertEquals("false", setting(s, "autoload_known_extensions"));
    }
    try (Store s = Store.openForReading(dir.resolve("w.duckdb"))) {
      assertEquals("false", setting(s, "autoinstall_known_extensions"));
      assertEquals("false", setting(s, "autoload_known_extensions"));
      assertEquals("true", setting(s, "lock_configuration"));
    }
  }
}
