package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code code} command as a user meets it: formats, bad input, exit status. */
class CodeCommandIT {

  private static final String GOOD = "Tuesday, October 10, 2023\n"
      + "Iran condemned Israel on Sunday.\n\nSubscribe to our newsletter\n";

  @TempDir
  Path dir;

  @Test
  void badFilesAreNamedCountedAndSkippedWhileGoodOnesAreCoded() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), GOOD);
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(dir.resolve("d-latin1.txt"),
        "Caf\u00e9 talks.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e-good.txt"), "2022-01-05\nChina accused the United States of"
        + " spying.\n");
    Cli cli = Cli.run("code", dir.toString(), "--threads", "2");

    assertEquals(Main.EXIT_SKIPPED, cli.exit(), cli.err());
    assertTrue(cli.err().contains(dir.resolve("b-empty.txt") + ": empty file"), cli.err());
    assertTrue(cli.err().contains(dir.resolve("c-binary.txt") + ": not a text file"), cli.err());
    assertTrue(cli.err().contains(dir.resolve("d-latin1.txt") + " line 1: cannot be decoded"),
        cli.err());
    assertTrue(cli.err().contains("2 articles coded"), cli.err());
    assertTrue(cli.err().contains("3 files skipped"), cli.err());
    assertFalse(cli.err().contains("Exception"), "no stack traces for user errors");
    List<String> lines = cli.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"article\":\"a-good\"")
        && l.contains("\"cameo\":\"111\"") && l.contains("\"date\":\"2023-10-08\"")), cli.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"article\":\"e-good\"")), cli.out());
  }

  @Test
  void tsvHasAHeaderAndDateOverrideWins() throws IOException {
    Path in = Files.writeString(dir.resolve("x.txt"), "Iran condemned Israel.\n");
    Path out = dir.resolve("out/events.tsv");
    Cli cli = Cli.run("code", in.toString(), "--format", "tsv", "--out", out.toString(),
        "--date", "2021-05-09");
    assertEquals(0, cli.exit(), cli.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(String.join("\t", EventWriter.TSV_COLUMNS), lines.get(0));
    assertTrue(lines.get(1).contains("\t2021-05-09\tday\tpublication\t"), lines.get(1));
  }

  @Test
  void aPageRepublishedYearsLaterIsDatedFromItsText() throws IOException {
    Path in = Files.writeString(dir.resolve("old.txt"), "Published: 2024-06-10\n"
        + "Iran and Oman held talks in Muscat on March 3, 2019. Iran condemned Israel.\n");
    Cli cli = Cli.run("code", in.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.err().contains(in + ": the text's dates end on 2019-03-03, long before the"
        + " page date 2024-06-10"), cli.err());
    assertTrue(cli.out().contains("\"cameo\":\"040\"") && cli.out().contains(
        "\"date\":\"2019-03-03\",\"date_precision\":\"day\",\"date_source\":\"text\""),
        cli.out());
    assertTrue(cli.out().contains("\"cameo\":\"111\"") && cli.out().contains(
        "\"date\":\"2019-03-03\",\"date_precision\":\"day\",\"date_source\":\"article\""),
        cli.out());
    assertFalse(cli.out().contains("2024-06-10"), "no event takes the page date");
  }

  @Test
  void missingInputAndBadFormatSpeakToTheUser() {
    Cli missing = Cli.run("code", dir.resolve("nope").toString());
    assertEquals(Main.EXIT_SKIPPED, missing.exit());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    Cli format = Cli.run("code", dir.toString(), "--format", "xml");
    assertEquals(Main.EXIT_USAGE, format.exit());
    assertTrue(format.err().contains("--format must be jsonl or tsv"), format.err());
  }
}
