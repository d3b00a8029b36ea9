package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code code} command as a user meets it: formats, bad input, exit status. */
class CodeCommandIT {

  private static final String GOOD = "Tuesday, October 10, 2023\n"
      + "Iran condemned Israel on Sunday.\n\nSubscribe to our newsletter\n";

  /** A pattern as a rule names it: {@code 041 noun "phone call"}. */
  private static final Pattern PATTERN_ID = Pattern.compile(
      "\\d{2,4} (verb|noun) \"[^\"]*\"");
  private static final Pattern SOURCE = Pattern.compile("([\\w.-]+):(\\d+)");

  @TempDir
  Path dir;

  private static Path repo(String relative) {
    Path p = Path.of("..").resolve(relative);
    return Files.exists(p) ? p : Path.of(relative);
  }

  @Test
  void eventsThatCannotBeWrittenEndTheRunWithExitThreeNamingTheOutput() throws IOException {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full),
        "skipped: no /dev/full on this system (Linux has one)");
    Path article = Files.writeString(dir.resolve("a.txt"), GOOD);

    Cli toStdout = Cli.runTo(new java.io.FileOutputStream(full.toFile()), "code",
        article.toString());
    assertEquals(Main.EXIT_FAILED, toStdout.exit(), toStdout.err());
    assertTrue(toStdout.err().contains("dyad code: standard output: No space left on device"),
        toStdout.err());
    assertFalse(toStdout.err().contains("nothing skipped"), toStdout.err());

    Cli toFile = Cli.run("code", article.toString(), "--out", full.toString());
    assertEquals(Main.EXIT_FAILED, toFile.exit(), toFile.err());
    assertTrue(toFile.err().contains("dyad code: /dev/full: No space left on device"),
        toFile.err());
  }

  @Test
  void badFilesAreNamedCountedAndSkippedWhileGoodOnesAreCoded() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), GOOD);
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(dir.resolve("d-undecodable.txt"),
        new byte[] {'C', 'a', 'f', (byte) 0x81, (byte) 0xFF, '.', '\n'});
    Files.writeString(dir.resolve("e-good.txt"), "2022-01-05\nChina accused the United States of"
        + " spying.\n");
    Cli cli = Cli.run("code", dir.toString(), "--threads", "2");

    assertEquals(Main.EXIT_SKIPPED, cli.exit(), cli.err());
    assertTrue(cli.err().contains(dir.resolve("b-empty.txt") + ": empty file"), cli.err());
    assertTrue(cli.err().contains(dir.resolve("c-binary.txt") + ": not a text file"), cli.err());
    assertTrue(cli.err().contains(dir.resolve("d-undecodable.txt")
        + " line 1: cannot be decoded"), cli.err());
    assertTrue(cli.err().contains("2 articles coded"), cli.err());
    assertTrue(cli.err().contains("3 skipped: 3 unreadable or bad"), cli.err());
    assertFalse(cli.err().contains("Exception"), "no stack traces for user errors");
    List<String> lines = cli.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"article\":\"a-good\"")
        && l.contains("\"cameo\":\"111\"") && l.contains("\"date\":\"2023-10-08\"")), cli.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"article\":\"e-good\"")), cli.out());
  }

  @Test
  void everyFormatInOneRunWithBadRecordsAndForeignArticlesCounted() throws IOException {
    Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\":\"j1\",\"date\":\"2021-05-16\",\"text\":\"Iran condemned Israel on Sunday.\"}\n"
            + "{\"id\":\"j2\",\"text\":\"Iran condemned\n"
            + "{\"id\":\"j3\",\"date\":\"2021-05-16\",\"text\":\"Le ministre a d\u00e9clar\u00e9"
            + " mardi que son pays \u00e9tait pr\u00eat \u00e0 accueillir une nouvelle s\u00e9rie de"
            + " discussions entre les deux parties, selon un communiqu\u00e9 publi\u00e9 par le"
            + " gouvernement.\"}\n"
            + "{\"id\":\"j4\",\"date\":\"2022-01-05\",\"text\":\"China accused the United States"
            + " of spying.\"}\n");
    Files.writeString(dir.resolve("page.html"), "<!doctype html><html><head>"
        + "<meta property=\"article:published_time\" content=\"2023-10-10\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Manila protests</h1>"
        + "<p>The Philippines accused China of harassment on Monday.</p></article>"
        + "<div class=\"comments\"><p>Iran condemned Israel, says a reader comment here.</p>"
        + "</div></body></html>");
    Cli cli = Cli.run("code", dir.toString(), "--threads", "2");

    assertEquals(Main.EXIT_SKIPPED, cli.exit(), cli.err());
    assertTrue(cli.err().contains(dir.resolve("feed.jsonl")
        + " line 2: unterminated string; record skipped"), cli.err());
    assertTrue(cli.err().contains(dir.resolve("feed.jsonl")
        + " line 3: not English (looks like French); skipped"), cli.err());
    assertTrue(cli.err().contains("3 articles coded"), cli.err());
    assertTrue(cli.err().contains("2 skipped: 1 unreadable or bad, 1 not English"), cli.err());
    String out = cli.out();
    assertTrue(out.contains("\"article\":\"j1\"") && out.contains("\"article\":\"j4\"")
        && out.contains("\"article\":\"page\""), out);
    assertFalse(out.contains("reader comment"), "comments are not coded");
  }

  @Test
  void standardInputIsRead() throws IOException {
    java.io.InputStream old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "{\"id\":\"s1\",\"text\":\"Iran condemned Israel on Sunday.\"}\n"
              .getBytes(StandardCharsets.UTF_8)));
      Cli cli = Cli.run("code", "-", "--date", "2021-05-16");
      assertEquals(0, cli.exit(), cli.err());
      assertTrue(cli.out().contains("\"article\":\"s1\""), cli.out());
    } finally {
      System.setIn(old);
    }
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

  @Test
  void everyEventNamesTheDataFileLineOfItsPattern() throws IOException {
    Cli cli = Cli.run("code", repo("samples/news").toString(), "--format", "jsonl",
        "--threads", "2");
    assertEquals(0, cli.exit(), cli.err());
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> files = new HashMap<>();
    List<String> lines = cli.out().lines().toList();
    assertTrue(lines.size() > 20, "events of samples/news: " + lines.size());
    for (String line : lines) {
      JsonNode e = json.readTree(line);
      List<String> fields = new ArrayList<>();
      e.fieldNames().forEachRemaining(fields::add);
      assertEquals(fields.indexOf("rule") + 1, fields.indexOf("rule_source"), line);
      String rule = e.path("rule").asText();
      Matcher source = SOURCE.matcher(e.path("rule_source").asText());
      assertTrue(source.matches(), "rule_source is FILE:LINE: " + line);
      List<String> file = files.computeIfAbsent(source.group(1), CodeCommandIT::dataFile);
      int at = Integer.parseInt(source.group(2));
      assertTrue(at >= 1 && at <= file.size(), source.group() + " is past the file's end");
      String[] pattern = file.get(at - 1).split("\t");
      assertTrue(pattern.length >= 3 && pattern[0].matches("\\d{2,4}")
          && pattern[1].matches("verb|noun"), source.group() + " holds no pattern: "
          + file.get(at - 1));
      String written = pattern[0] + " " + pattern[1] + " \"" + String.join(" ",
          pattern[2].toLowerCase(Locale.ROOT).strip().split("\\s+")) + "\"";
      Matcher id = PATTERN_ID.matcher(rule);
      String last = null;
      while (id.find()) {
        last = id.group();
      }
      assertEquals(last, written, "the pattern of " + rule + " at " + source.group());
    }
  }

  /** The lines of a data file shipped with the pattern dictionary. */
  private static List<String> dataFile(String name) {
    try (InputStream in = CodeCommandIT.class.getResourceAsStream("/org/dyad/events/" + name)) {
      assertTrue(in != null, name + " is not a data file of org/dyad/events/");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
