package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad explain}: what a dictionary maintainer needs to see. */
class ExplainCommandIT {

  @Test
  void showsTheParseNamesPatternsThatFiredOrAlmostFiredAndTheEvents() {
    Cli cli = Cli.run("explain", "--date", "2021-05-16", "Ali Akbar Velyati made the remarks in"
        + " a phone call with Ziad al-Nakhala on Sunday afternoon.");
    assertEquals(0, cli.exit(), cli.err());
    String out = cli.out();
    assertTrue(out.contains("nsubj(made-3, Velyati-2)"), out);
    assertTrue(out.contains("date: \"Sunday afternoon\" = 2021-05-16"), out);
    assertTrue(out.contains("name: \"Ali Akbar Velyati\" -> person ali-akbar-velayati (fuzzy"),
        out);
    assertTrue(out.matches("(?s).*041 noun \"phone call\" @ patterns\\.tsv:\\d+ -- fired: 1"
        + " event\\(s\\).*"), out);
    assertTrue(out.contains("target Nakhala -> PSEREB ziad-al-nakhala"), out);
    assertTrue(out.matches("(?s).*041 noun \"video call\" @ patterns\\.tsv:\\d+ -- not fired:"
        + " needs 'video' right before.*"), out);
    assertTrue(out.contains("event: 2021-05-16 (text) IRNGOV 041 Discuss by telephone PSEREB"),
        out);
    assertTrue(out.matches("(?s).*\\[041 noun \"phone call\" @ patterns\\.tsv:\\d+\\]\n.*"),
        out);
  }

  @Test
  void saysWhyAFiredPatternGaveNoEvent() {
    Cli cli = Cli.run("explain", "Iran condemned the attack.");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains("fired, no event: the target names no actor with a code")
        || cli.out().contains("fired, no event: nothing fills the target slots"), cli.out());
    assertTrue(cli.out().contains("events: none"), cli.out());
  }

  @Test
  void explainsAFileWithItsHeaderDate(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), " date 2021-05-09 Iran condemned Israel.\n");
    Cli cli = Cli.run("explain", "--file", f.toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().startsWith("Published: 2021-05-09"), cli.out());
  }

  @Test
  void refusesTextThatIsNotEnglishAsEveryRunDoes() {
    Cli cli = Cli.run("explain", "Le ministre a d\u00e9clar\u00e9 mardi que son pays \u00e9tait"
        + " pr\u00eat \u00e0 accueillir une nouvelle s\u00e9rie de discussions entre les deux"
        + " parties, selon un communiqu\u00e9 publi\u00e9 par le gouvernement.");
    assertEquals(Main.EXIT_SKIPPED, cli.exit(), cli.err());
    assertTrue(cli.err().contains("command line: not English (looks like French); skipped"),
        cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void needsSomethingToExplain() {
    assertEquals(Main.EXIT_USAGE, Cli.run("explain").exit());
  }
}
