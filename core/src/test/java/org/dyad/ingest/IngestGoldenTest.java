package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per case under {@code ingest/}: an {@code input.*} file in some format and an
 * {@code expected.json} with every article it holds (id, headline, date and where it came from,
 * URL, publisher, dateline, and the text of each body paragraph).
 */
class IngestGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(IngestGoldenTest.class.getResource("/ingest").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @Test
  void thereIsACaseForEachFormat() throws Exception {
    assertTrue(cases().count() >= 5, "cases: text, HTML, JSON lines, WARC, WET");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsAsExpected(Path dir) throws IOException {
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input = files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
          .orElseThrow();
    }
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    List<Result<Article>> read = ArticleSource.readAll(List.of(input),
        ArticleSource.Options.defaults());
    List<String> problems = new ArrayList<>();
    read.stream().filter(Result::isSkipped)
        .forEach(r -> problems.add("skipped: " + r.diagnostics()));
    List<Article> articles = read.stream().filter(r -> !r.isSkipped())
        .map(r -> r.value().get()).toList();
    if (articles.size() != expected.size()) {
      problems.add("expected " + expected.size() + " articles, read " + articles.size());
    }
    for (int i = 0; i < Math.min(articles.size(), expected.size()); i++) {
      Article a = articles.get(i);
      JsonNode e = expected.get(i);
      check(problems, i, "id", e, a.id());
      check(problems, i, "headline", e, a.headline());
      check(problems, i, "published", e, String.valueOf(a.published()));
      check(problems, i, "publishedFrom", e, a.publishedFrom().name());
      check(problems, i, "url", e, a.url());
      check(problems, i, "publisher", e, a.publisher());
      check(problems, i, "dateline", e, a.dateline());
      List<String> paragraphs = a.paragraphs().stream().map(s -> s.of(a.text())).toList();
      List<String> want = new ArrayList<>();
      e.get("paragraphs").forEach(p -> want.add(p.asText()));
      if (!want.equals(paragraphs)) {
        problems.add("article " + i + " paragraphs:\n  want " + want + "\n  got  " + paragraphs);
      }
    }
    if (!problems.isEmpty()) {
      fail(dir.getFileName() + ":\n" + String.join("\n", problems));
    }
  }

  private static void check(List<String> problems, int i, String field, JsonNode e, String got) {
    String want = e.path(field).asText();
    if (!want.equals(got)) {
      problems.add("article " + i + " " + field + ": want '" + want + "', got '" + got + "'");
    }
  }

  @Test
  void gzipIsReadAsTheSameContent() throws Exception {
    Path dir = cases().filter(p -> p.getFileName().toString().equals("warc-archive"))
        .findFirst().orElseThrow();
    byte[] raw = Files.readAllBytes(dir.resolve("input.warc"));
    Path gz = Files.createTempFile("fixture", ".warc.gz");
    try {
      try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
        out.write(raw);
      }
      List<Result<Article>> read = ArticleSource.readAll(List.of(gz),
          ArticleSource.Options.defaults());
      assertEquals(2, read.stream().filter(r -> !r.isSkipped()).count(), read.toString());
    } finally {
      Files.deleteIfExists(gz);
    }
  }
}
