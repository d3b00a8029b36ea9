package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.TestShared;
import org.junit.jupiter.api.Test;

/** {@code dyad actors --unknown} on the sample corpus and on the dev corpus. */
class ActorsCommandIT {

  private static final Path SAMPLES = Path.of("../samples/news");

  @Test
  void listsUnknownNamesOfTheSampleCorpusMostFrequentFirst() {
    Cli cli = Cli.run("actors", "--unknown", SAMPLES.toString(), "--format", "tsv",
        "--limit", "0");
    assertEquals(0, cli.exit(), cli.err());
    List<String> rows = cli.out().lines().toList();
    assertEquals("count\tarticles\ttype\tcode\tname\tarticle\texample", rows.get(0));
    assertTrue(rows.size() > 10, cli.out());
    int previous = Integer.MAX_VALUE;
    for (String row : rows.subList(1, rows.size())) {
      int count = Integer.parseInt(row.split("\t")[0]);
      assertTrue(count <= previous, "not sorted by count: " + row);
      previous = count;
    }
    // Peskov is not in the KB; "Kremlin spokesman" suggests his code.
    assertTrue(rows.stream().anyMatch(r -> r.contains("\tRUSGOV\tDmitry Peskov\t")), cli.out());
    // Known actors and boilerplate never show up.
    assertFalse(cli.out().contains("\tVolodymyr Zelensky\t"), cli.out());
    assertFalse(cli.out().contains("\tGoogle\t"), "boilerplate names must not be listed");
  }

  @Test
  void worksOnTheDevCorpus() {
    Path dev = TestShared.path("corpus/dev");
    Cli cli = Cli.run("actors", "--unknown", dev.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().startsWith("count"), cli.out());
    assertFalse(cli.out().contains("Velyati"), "Velyati is Velayati, a known actor");
    assertFalse(cli.out().contains("Nakhala"), "al-Nakhala is a known actor");
  }

  @Test
  void needsTheUnknownFlag() {
    Cli cli = Cli.run("actors", SAMPLES.toString());
    assertEquals(Main.EXIT_USAGE, cli.exit());
  }
}
