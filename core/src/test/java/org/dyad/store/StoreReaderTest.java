package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReaderTest {

  @TempDir
  Path dir;

  private Path store() throws StoreException {
    Path db = dir.resolve("dyad.duckdb");
    Store.openForWriting(db).close();
    return db;
  }

  @Test
  void aPerReadReaderHoldsTheStoreOnlyWhileItReads() throws Exception {
    Path db = store();
    try (StoreReader reader = StoreReader.perRead(db)) {
      assertTrue(reader.readOnly());
      assertTrue(reader.writable().isEmpty());
      assertEquals(List.of(), reader.read(b -> b.actors(null, 5)));
      // Between reads the file is free: a writer opens it at once.
      try (Store writer = Store.openForWriting(db)) {
        assertFalse(writer.readOnly());
      }
      assertEquals(List.of(), reader.read(b -> b.actors(null, 5)));
      assertThrows(IllegalStateException.class, () -> reader.write(Store::schemaVersion));
    }
  }

  @Test
  void aMissingStoreIsToldBeforeTheReaderStarts() {
    StoreException e = assertThrows(StoreException.class,
        () -> StoreReader.perRead(dir.resolve("none.duckdb")));
    assertEquals(StoreException.Kind.MISSING, e.kind());
  }

  @Test
  void aHoldingReaderOfAWritableStoreWritesBetweenReads() throws Exception {
    Path db = store();
    try (StoreReader reader = StoreReader.holding(Store.openForWriting(db))) {
      assertFalse(reader.readOnly());
      assertEquals(Store.migrations().size(), reader.write(Store::schemaVersion));
      assertEquals(List.of(), reader.read(b -> b.actors(null, 5)));
    }
  }
}
