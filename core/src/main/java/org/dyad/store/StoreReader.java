package org.dyad.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How a long-running reader ({@code dyad serve}, the dashboard) reaches the store: through one
 * store held for its life ({@link #holding}), or by opening the store read-only for each read
 * and closing it after ({@link #perRead}). Reads are serialised, one at a time. Thread-safe.
 *
 * <p>Design decision: a read-only server reads per request. DuckDB lets no process write a
 * file that another has open, so a server holding its store would keep every {@code dyad
 * ingest} out for as long as it runs; opening per request holds the file only for the
 * milliseconds a paged query takes, and an ingest that meets a read in flight waits for it
 * ({@link Store#openForWriting}). A read during an ingest fails with the lock's message
 * ({@link StoreException.Kind#LOCKED}), which the server answers with 503 and a retry time.
 * Opening costs a few milliseconds a request, which the dashboard does not notice. A server
 * that writes ({@code --writable}) holds its store: it is the writer.
 */
public final class StoreReader implements AutoCloseable {

  /** One read, given the store's {@link Browse}. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(Browse browse) throws SQLException;
  }

  private final Path path;
  private final Store held;
  private final Browse heldBrowse;

  private StoreReader(Path path, Store held) {
    this.path = path;
    this.held = held;
    this.heldBrowse = held == null ? null : new Browse(held);
  }

  /** Reads through {@code store}, held until {@link #close}. */
  public static StoreReader holding(Store store) {
    return new StoreReader(store.path(), store);
  }

  /**
   * Opens the store at {@code path} read-only for each read. Opens it once now, so that a
   * missing store, another schema or a lock is told before the reader starts.
   */
  public static StoreReader perRead(Path path) throws StoreException {
    Store.openForReading(path).close();
    return new StoreReader(path, null);
  }

  public Path path() {
    return path;
  }

  /** True unless the reader holds a store opened for writing. */
  public boolean readOnly() {
    return held == null || held.readOnly();
  }

  /** The store held for writing, if this reader holds one. */
  public Optional<Store> writable() {
    return held != null && !held.readOnly() ? Optional.of(held) : Optional.empty();
  }

  /** Runs {@code read} on the store, opening it first and closing it after when per read. */
  public synchronized <T> T read(Read<T> read) throws SQLException, StoreException {
    if (held != null) {
      return read.apply(heldBrowse);
    }
    try (Store store = Store.openForReading(path)) {
      return read.apply(new Browse(store));
    }
  }

  /**
   * Runs {@code write} on the held writable store, between reads.
   *
   * @throws IllegalStateException when this reader holds no writable store
   */
  public synchronized <T> T write(Write<T> write) throws SQLException {
    Store store = writable().orElseThrow(
        () -> new IllegalStateException("the store " + path + " is read-only here"));
    return write.apply(store);
  }

  /** One write to the held store. */
  @FunctionalInterface
  public interface Write<T> {
    T apply(Store store) throws SQLException;
  }

  /** Closes the held store, if any. */
  @Override
  public void close() {
    if (held != null) {
      held.close();
    }
  }
}
