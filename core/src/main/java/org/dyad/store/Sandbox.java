package org.dyad.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The DuckDB settings every connection to the store opens with, in one place: what a
 * connection may reach besides the store file.
 *
 * <p>A reading connection ({@code dyad sql}, {@code events}, {@code export}, {@code stats}, the
 * server) reaches nothing else: {@code enable_external_access=false} refuses every file and URL
 * ({@code read_csv}, {@code read_text}, {@code glob}, {@code http://...}, {@code ATTACH},
 * {@code COPY ... TO}), extensions are neither installed nor loaded on demand, and the
 * configuration is locked, so a statement cannot {@code SET} its way back. The one exception is
 * the folder a Parquet export writes to, named when the store is opened.
 *
 * <p>The writing connection (ingest, {@code serve --writable}) runs only Dyad's own statements;
 * it too installs and loads no extension, so nothing is ever fetched from the network.
 *
 * <p>Design decision: the settings go in as connection properties, which DuckDB applies when
 * the database starts, before any statement can run; {@code lock_configuration} comes last.
 */
final class Sandbox {

  private Sandbox() {}

  /** The properties of a read-only connection; {@code exportDir} the one folder it may write. */
  static Properties reading(Optional<Path> exportDir) throws StoreException {
    Properties p = noExtensions();
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("enable_external_access", "false");
    if (exportDir.isPresent()) {
      p.setProperty("allowed_directories", "[" + listElement(exportDir.get()) + "]");
    }
    p.setProperty("lock_configuration", "true");
    return p;
  }

  /** The properties of the read-write connection. */
  static Properties writing() {
    return noExtensions();
  }

  private static Properties noExtensions() {
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    return p;
  }

  /** The folder as an element of a DuckDB list literal: absolute, ending in a slash, quoted. */
  private static String listElement(Path dir) throws StoreException {
    String d = dir.toAbsolutePath().normalize().toString();
    if (d.contains("\"")) {
      throw new StoreException(StoreException.Kind.FAILED, "the folder " + dir + " has a"
          + " double quote in its name, which DuckDB cannot be told to allow: choose another",
          null);
    }
    return "\"" + (d.endsWith("/") ? d : d + "/") + "\"";
  }
}
