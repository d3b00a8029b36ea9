package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store the reading commands open: after {@code dyad demo}, the demo's. */
class StoreOptionsTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String said() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withNoStoreAtAllTheDefaultStoreIsNamed() {
    assertEquals(dir.resolve(Store.DEFAULT_PATH), StoreOptions.readPath(null, dir, err));
    assertEquals("", said());
  }

  @Test
  void afterTheDemoAloneTheDemosStoreIsReadWithANote() throws IOException {
    Files.createDirectories(dir.resolve("dyad-data"));
    Files.createFile(dir.resolve(StoreOptions.DEMO_PATH));
    assertEquals(dir.resolve(StoreOptions.DEMO_PATH), StoreOptions.readPath(null, dir, err));
    assertTrue(said().contains("reading the demo's store dyad-data/demo.duckdb"), said());
  }

  @Test
  void theDefaultStoreWinsOnceItExistsAndDbWinsOverBoth() throws IOException {
    Files.createDirectories(dir.resolve("dyad-data"));
    Files.createFile(dir.resolve(StoreOptions.DEMO_PATH));
    Files.createFile(dir.resolve(Store.DEFAULT_PATH));
    assertEquals(dir.resolve(Store.DEFAULT_PATH), StoreOptions.readPath(null, dir, err));
    Path mine = dir.resolve("mine.duckdb");
    assertEquals(mine, StoreOptions.readPath(mine, dir, err));
    assertEquals("", said());
  }
}
