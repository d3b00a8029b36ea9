package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.TestShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dictionary}: PETRARCH actors join the knowledge base for a run. */
class DictionaryOptionIT {

  @TempDir
  Path dir;

  @Test
  void importedActorsAreCoded() throws IOException {
    Path actors = TestShared.path("testdata/petrarch2/dictionaries/PETR.Validate.actors.txt");
    Path in = Files.writeString(dir.resolve("middle-earth.txt"),
        "2014-09-24\nGondor condemned Mordor on Sunday.\n");
    Cli without = Cli.run("code", in.toString());
    assertEquals(0, without.exit(), without.err());
    assertTrue(without.out().isBlank(), "Gondor is unknown without the dictionary");

    Cli with = Cli.run("code", in.toString(), "--dictionary", actors.toString());
    assertEquals(0, with.exit(), with.err());
    assertTrue(with.out().contains("\"code\":\"GON\"") && with.out().contains("\"code\":\"MOR\"")
        && with.out().contains("\"cameo\":\"111\""), with.out());
    assertTrue(with.err().contains("PETR.Validate.actors.txt: "), with.err());
  }

  @Test
  void aMissingDictionaryStopsTheRunWithAMessage() {
    Cli cli = Cli.run("code", dir.toString(), "--dictionary",
        dir.resolve("nope.actors").toString());
    assertEquals(Main.EXIT_FAILED, cli.exit());
    assertTrue(cli.err().contains("cannot read dictionary " + dir.resolve("nope.actors")
        + ": no such file"), cli.err());
  }
}
