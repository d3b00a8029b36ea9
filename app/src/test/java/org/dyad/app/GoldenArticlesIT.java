package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.TestShared;
import org.junit.jupiter.api.Test;

/**
 * Whole-article golden tests: each folder of {@code golden/articles/} holds {@code input.txt},
 * the events Dyad must write for it ({@code expected.events.jsonl}, the reference output
 * format), a view a person can read ({@code expected.annotated.txt}), and, when Dyad codes
 * events its {@code NOTES.md} calls wrong, those events in {@code known-wrong.events.jsonl}
 * (with {@code known-wrong.annotated.txt}): the expected file holds only right events, so a
 * fix shows as a known-wrong event no longer coded, and the test says to drop it from the list.
 *
 * <p>After a deliberate change, {@code -Ddyad.golden.update=true} rewrites the expected files
 * (known-wrong events stay in their list) and then fails, asking for the diff to be reviewed
 * and the test run again without it; under CI it refuses to rewrite anything.
 */
class GoldenArticlesIT {

  private static final Path CASES = Path.of("src/test/resources/golden/articles");
  private static final int MIN_CASES = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyArticleCodesAsExpected() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CASES)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " golden articles");
    boolean update = Boolean.getBoolean("dyad.golden.update");
    if (update && TestShared.ci()) {
      fail("-Ddyad.golden.update=true under CI: golden files are rewritten only by a person who"
          + " reviews the diff, never by CI");
    }
    List<String> failures = new ArrayList<>();
    List<String> rewritten = new ArrayList<>();
    for (Path dir : cases) {
      Path out = Files.createTempFile("golden", ".jsonl");
      Cli cli = Cli.run("code", dir.resolve("input.txt").toString(), "--out", out.toString(),
          "--threads", "1");
      assertEquals(0, cli.exit(), dir + ": " + cli.err());
      List<String> coded = Files.readAllLines(out, StandardCharsets.UTF_8);
      Files.delete(out);
      Path expectedFile = dir.resolve("expected.events.jsonl");
      Path wrongFile = dir.resolve("known-wrong.events.jsonl");
      List<String> knownWrong = Files.exists(wrongFile)
          ? Files.readAllLines(wrongFile, StandardCharsets.UTF_8) : List.of();
      // A known-wrong event is known by what it says (who did what to whom, in which words),
      // not by the line of the rule that coded it nor by its date: editing patterns.tsv moves
      // rules, and a dating change moves dates, not the wrong rows they belong to.
      Set<String> wrongKeys = wrongKeys(knownWrong);
      Set<String> codedKeys = wrongKeys(coded);
      List<String> actual = new ArrayList<>(coded);
      actual.removeIf(line -> wrongKeys.contains(wrongKey(line)));
      List<String> fixed = new ArrayList<>(knownWrong);
      fixed.removeIf(line -> codedKeys.contains(wrongKey(line)));
      if (update) {
        List<String> stillWrong = new ArrayList<>(coded);
        stillWrong.removeIf(line -> !wrongKeys.contains(wrongKey(line)));
        boolean changed = rewrite(expectedFile, actual);
        changed |= rewrite(dir.resolve("expected.annotated.txt"), view(actual));
        changed |= rewrite(wrongFile, stillWrong);
        changed |= rewrite(dir.resolve("known-wrong.annotated.txt"), view(stillWrong));
        if (changed) {
          rewritten.add(dir.getFileName().toString());
        }
        continue;
      }
      List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
      if (!expected.equals(actual) || !fixed.isEmpty()) {
        failures.add(mismatch(dir, expected, actual, fixed));
      }
    }
    if (update) {
      fail(rewritten.isEmpty() ? "-Ddyad.golden.update=true: every golden article already codes"
          + " as expected; nothing rewritten. Run again without it."
          : "-Ddyad.golden.update=true rewrote the golden files of " + rewritten + " under "
          + CASES + ": review them ('git diff " + CASES + "'), update each NOTES.md, and run"
          + " the test again without -Ddyad.golden.update to see it pass");
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /**
   * What a known-wrong event says: its sentence and trigger, code, mode and the two actors'
   * codes and words; not its date, rule line or id, which other changes move.
   */
  private static String wrongKey(String line) {
    try {
      JsonNode e = JSON.readTree(line);
      return String.join("|", e.path("sentence_index").asText(), e.path("trigger").asText(),
          e.path("offsets").path("trigger").toString(), e.path("cameo").asText(),
          e.path("mode").asText(), actorKey(e.path("source")), actorKey(e.path("target")));
    } catch (IOException e) {
      throw new IllegalStateException("not an event line: " + line, e);
    }
  }

  private static String actorKey(JsonNode a) {
    return a.path("code").asText() + "/" + a.path("text").asText();
  }

  private static Set<String> wrongKeys(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String line : lines) {
      out.add(wrongKey(line));
    }
    return out;
  }

  /** Writes {@code lines} to {@code file} unless it holds them; no lines: no file. */
  private static boolean rewrite(Path file, List<String> lines) throws IOException {
    List<String> now = Files.exists(file)
        ? Files.readAllLines(file, StandardCharsets.UTF_8) : null;
    if (lines.isEmpty()) {
      return Files.deleteIfExists(file);
    }
    if (lines.equals(now)) {
      return false;
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return true;
  }

  private static String mismatch(Path dir, List<String> expected, List<String> actual,
      List<String> fixed) throws IOException {
    List<String> want = view(expected);
    List<String> got = view(actual);
    List<String> missing = new ArrayList<>(want);
    missing.removeAll(got);
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(want);
    return dir.getFileName() + ": " + expected.size() + " events expected, " + actual.size()
        + " coded (known-wrong ones aside)\n  missing: " + missing + "\n  extra: " + extra
        + (fixed.isEmpty() ? "" : "\n  known wrong but no longer coded (fixed? remove them"
            + " from known-wrong.events.jsonl and NOTES.md): " + view(fixed))
        + (missing.isEmpty() && extra.isEmpty() && fixed.isEmpty()
            ? "\n  (same events, other details: compare expected.events.jsonl)" : "");
  }

  /** One readable line per event: date, source, event, target, then the trigger. */
  static List<String> view(List<String> jsonLines) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : jsonLines) {
      JsonNode e = JSON.readTree(line);
      out.add(e.path("date").asText("-") + "  [SRC:" + actor(e.path("source")) + "] [EVT:"
          + e.path("cameo").asText() + " " + e.path("trigger").asText() + "] [TGT:"
          + actor(e.path("target")) + "]  s" + e.path("sentence_index").asInt()
          + (e.path("negated").asBoolean() ? "  negated" : ""));
    }
    return out;
  }

  private static String actor(JsonNode a) {
    if (a.isNull()) {
      return "-";
    }
    return a.path("code").asText() + " " + a.path("text").asText();
  }
}
