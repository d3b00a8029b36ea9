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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whole-article golden tests: each folder of {@code golden/articles/} holds {@code input.txt},
 * the events Dyad must write for it ({@code expected.events.jsonl}, the reference output
 * format) and a view a person can read ({@code expected.annotated.txt}). After a deliberate
 * change, regenerate with {@code -Ddyad.golden.update=true} and review the diff.
 */
class GoldenArticlesIT {

  private static final Path CASES = Path.of("src/test/resources/golden/articles");
  private static final int MIN_CASES = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyArticleCodesAsExpected() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CASES)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " golden articles");
    boolean update = Boolean.getBoolean("dyad.golden.update");
    List<String> failures = new ArrayList<>();
    for (Path dir : cases) {
      Path out = Files.createTempFile("golden", ".jsonl");
      Cli cli = Cli.run("code", dir.resolve("input.txt").toString(), "--out", out.toString(),
          "--threads", "1");
      assertEquals(0, cli.exit(), dir + ": " + cli.err());
      List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
      Path expectedFile = dir.resolve("expected.events.jsonl");
      Path viewFile = dir.resolve("expected.annotated.txt");
      if (update) {
        Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        Files.write(viewFile, view(actual), StandardCharsets.UTF_8);
        continue;
      }
      List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        List<String> want = view(expected);
        List<String> got = view(actual);
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        failures.add(dir.getFileName() + ": " + expected.size() + " events expected, "
            + actual.size() + " coded\n  missing: " + missing + "\n  extra: " + extra
            + (missing.isEmpty() && extra.isEmpty() ? "\n  (same events, other details:"
                + " compare expected.events.jsonl)" : ""));
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
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
