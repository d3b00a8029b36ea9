package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process is refused with a message naming the holder (issue 17). */
class StoreLockTest {

  @TempDir
  Path dir;

  /** Holds a store open in its own process until its standard input ends. */
  public static final class Hold {
    public static void main(String[] args) throws Exception {
      Path db = Path.of(args[0]);
      try (Store s = args[1].equals("read") ? Store.openForReading(db)
          : Store.openForWriting(db)) {
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
          // wait for the test to let go
        }
      }
    }
  }

  @Test
  void dyadsCommandIsReadFromItsCommandLine() {
    assertEquals(Optional.of("serve"), StoreLock.dyadCommand(List.of("java", "-Xmx4g",
        "-Ddyad.home=/opt/dyad", "-jar", "/opt/dyad/app/target/dyad.jar", "serve", "--db",
        "x.duckdb")));
    assertEquals(Optional.of("ingest"), StoreLock.dyadCommand(List.of("java", "-cp", "a:b",
        "org.dyad.app.Main", "ingest", "corpus")));
    assertEquals(Optional.empty(), StoreLock.dyadCommand(List.of("java", "-jar", "other.jar",
        "serve")));
    assertEquals(Optional.empty(), StoreLock.dyadCommand(List.of("duckdb", "x.duckdb")));
    assertEquals("dyad serve, PID 7", StoreLock.holder("/usr/bin/java", "7",
        Optional.of(List.of("java", "-jar", "dyad.jar", "serve"))));
    assertEquals("/usr/bin/java, PID 7", StoreLock.holder("/usr/bin/java", "7",
        Optional.empty()));
  }

  /** Starts a process holding the store; its command line ends with {@code extra}. */
  private static Process hold(Path db, String mode, String... extra) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Hold.class.getName(), db.toString(), mode));
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.equals("open")) {
        return p;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the holding process did not open the store:\n" + seen);
  }

  private static void release(Process p) throws Exception {
    p.getOutputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
  }

  private Path store() throws StoreException {
    Path db = dir.resolve("held.duckdb");
    Store.openForWriting(db).close();
    return db;
  }

  @Test
  void aServerReadingTheStoreIsNamedAsWhatBlocksAnIngest() throws Exception {
    Path db = store();
    // The holder's command line ends as a dyad serve's does, which is how the message tells.
    Process server = hold(db, "read", "dyad.jar", "serve");
    try {
      StoreException e = assertThrows(StoreException.class, () -> Store.openForWriting(db));
      assertEquals(StoreException.Kind.LOCKED, e.kind());
      assertTrue(e.getMessage().contains("is open for reading in another process (dyad serve,"
          + " PID " + server.pid() + "), the dashboard"), e.getMessage());
      assertTrue(e.getMessage().contains("try again in a moment"), e.getMessage());
      // Readers are not refused by a reader.
      Store.openForReading(db).close();
    } finally {
      release(server);
    }
    Store.openForWriting(db).close();
  }

  @Test
  void anIngestWaitsForAReaderThatHoldsTheStoreForAMoment() throws Exception {
    Path db = store();
    Process reader = hold(db, "read", "dyad.jar", "serve");
    Thread later = new Thread(() -> {
      try {
        Thread.sleep(1_000);
        release(reader);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    later.start();
    long start = System.nanoTime();
    Store.openForWriting(db).close();
    later.join();
    assertFalse(reader.isAlive());
    assertTrue(System.nanoTime() - start >= 900_000_000L, "the writer did not wait");
  }

  @Test
  void aServerReadingPerRequestAnswersLockedWhileAnIngestWrites() throws Exception {
    Path db = store();
    StoreReader server = StoreReader.perRead(db);
    Process writer = hold(db, "write");
    try {
      StoreException e = assertThrows(StoreException.class,
          () -> server.read(b -> b.actors(null, 1)));
      assertEquals(StoreException.Kind.LOCKED, e.kind());
    } finally {
      release(writer);
    }
    assertEquals(List.of(), server.read(b -> b.actors(null, 1)));
  }

  @Test
  void anIngestWritingTheStoreIsNamedAsWhatBlocksAReader() throws Exception {
    Path db = store();
    Process writer = hold(db, "write");
    try {
      StoreException e = assertThrows(StoreException.class, () -> Store.openForReading(db));
      assertEquals(StoreException.Kind.LOCKED, e.kind());
      assertTrue(e.getMessage().contains("is being written by another dyad process"),
          e.getMessage());
      assertTrue(e.getMessage().contains("PID " + writer.pid()), e.getMessage());
    } finally {
      release(writer);
    }
    assertTrue(Files.isRegularFile(db));
  }
}
