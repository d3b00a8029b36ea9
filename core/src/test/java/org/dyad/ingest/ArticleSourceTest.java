package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind: one clear message each, counted, and the good records all read. */
class ArticleSourceTest {

  @TempDir
  Path dir;

  private static final String GOOD = "{\"id\":\"a%d\",\"date\":\"2021-05-16\","
      + "\"text\":\"Iran condemned the raid on Sunday, the ministry said.\"}\n";

  private static List<Result<Article>> read(Path... paths) {
    return ArticleSource.readAll(List.of(paths), ArticleSource.Options.defaults());
  }

  private static List<Article> good(List<Result<Article>> rs) {
    return rs.stream().filter(r -> !r.isSkipped()).map(r -> r.value().get()).toList();
  }

  private static List<Diagnostic> skipped(List<Result<Article>> rs) {
    return rs.stream().filter(Result::isSkipped).map(r -> r.diagnostics().get(0)).toList();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void malformedJsonLineIsSkippedAndTheOthersRead() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), String.format(GOOD, 1)
        + "{\"id\":\"a2\",\"text\":\"Iran condemned the raid.}\n" + String.format(GOOD, 3));
    List<Result<Article>> rs = read(f);
    assertEquals(List.of("a1", "a3"), good(rs).stream().map(Article::id).toList());
    assertEquals(1, skipped(rs).size());
    assertEquals(f + " line 2: unterminated string; record skipped",
        skipped(rs).get(0).toString());
    assertEquals(Article.DateOrigin.RECORD, good(rs).get(0).publishedFrom());
  }

  @Test
  void jsonLineWithoutTextOrNotAnObjectIsSkipped() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), String.format(GOOD, 1)
        + "{\"id\":\"x\",\"title\":\"no body\"}\n[1,2]\n{\"a\":1} {\"b\":2}\n"
        + String.format(GOOD, 5));
    List<Result<Article>> rs = read(f);
    assertEquals(2, good(rs).size());
    List<Diagnostic> bad = skipped(rs);
    assertEquals(3, bad.size());
    assertTrue(bad.get(0).toString().contains("line 2: no article text"), bad.toString());
    assertTrue(bad.get(1).toString().contains("line 3: not a JSON object"), bad.toString());
    assertTrue(bad.get(2).toString().contains("line 4: more than one JSON value"),
        bad.toString());
  }

  @Test
  void jsonlFieldNamesAreConfigurable() throws IOException {
    Path f = Files.writeString(dir.resolve("custom.jsonl"),
        "{\"key\":\"k1\",\"story_text\":\"Iran condemned the raid, the ministry said.\","
            + "\"when\":\"2022-03-03\"}\n");
    ArticleSource.Options o = ArticleSource.Options.defaults().withJsonl(
        JsonlFields.defaults().preferring("key", null, null, "when", "story_text"));
    List<Result<Article>> rs = ArticleSource.readAll(List.of(f), o);
    Article a = good(rs).get(0);
    assertEquals("k1", a.id());
    assertEquals("2022-03-03", a.published().toString());
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      b.append(String.format(GOOD, i));
    }
    byte[] gz = gzip(b.toString().getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("feed.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    List<Result<Article>> rs = read(f);
    List<Article> ok = good(rs);
    assertTrue(ok.size() > 10 && ok.size() < 200, "read " + ok.size());
    for (int i = 0; i < ok.size(); i++) {
      assertEquals("a" + (i + 1), ok.get(i).id());
    }
    assertEquals(1, skipped(rs).size());
    assertTrue(skipped(rs).get(0).message().contains("truncated gzip"), skipped(rs).toString());
  }

  @Test
  void truncatedGzipOfOneArticleIsSkipped() throws IOException {
    byte[] gz = gzip("Iran condemned the raid on Sunday.\n".repeat(200)
        .getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("a.txt.gz"), Arrays.copyOf(gz, gz.length - 12));
    List<Result<Article>> rs = read(f);
    assertEquals(1, skipped(rs).size());
    assertTrue(skipped(rs).get(0).message().contains("truncated gzip"));
  }

  @Test
  void binaryAndEmptyFilesAreSkippedAndTheRestRead() throws IOException {
    Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    Files.writeString(dir.resolve("b.txt"), "");
    Files.writeString(dir.resolve("c.txt"), "Iran condemned the raid on Sunday.\n");
    List<Result<Article>> rs = read(dir);
    assertEquals(List.of("c"), good(rs).stream().map(Article::id).toList());
    List<Diagnostic> bad = skipped(rs);
    assertEquals(2, bad.size());
    assertTrue(bad.get(0).toString().startsWith(dir.resolve("a.png") + ": not a text file"));
    assertTrue(bad.get(1).toString().startsWith(dir.resolve("b.txt") + ": empty file"));
  }

  @Test
  void windows1252AndUtf16AreDecoded() throws IOException {
    Path cp = Files.write(dir.resolve("cp.txt"),
        "Iran\u2019s minister met his Omani counterpart, the ministry said.\n"
            .getBytes(TextDecoder.WINDOWS_1252));
    byte[] body = "Oman\u2019s minister said so.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16 = new byte[body.length + 2];
    utf16[0] = (byte) 0xFF;
    utf16[1] = (byte) 0xFE;
    System.arraycopy(body, 0, utf16, 2, body.length);
    Path u = Files.write(dir.resolve("u.txt"), utf16);
    List<Result<Article>> rs = read(cp, u);
    assertEquals(2, good(rs).size());
    assertTrue(good(rs).get(0).text().startsWith("Iran\u2019s"));
    assertTrue(rs.get(0).diagnostics().stream()
        .anyMatch(d -> d.message().contains("read as Windows-1252")));
    assertTrue(good(rs).get(1).text().startsWith("Oman\u2019s"));
  }

  @Test
  void mixedEncodingsAreReadLineByLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("Iran\u2019s minister spoke on Sunday.\n".getBytes(StandardCharsets.UTF_8));
    b.write("Oman\u2019s minister answered on Monday.\n".getBytes(TextDecoder.WINDOWS_1252));
    Path f = Files.write(dir.resolve("mixed.txt"), b.toByteArray());
    Result<Article> r = read(f).get(0);
    assertEquals("Iran\u2019s minister spoke on Sunday.\nOman\u2019s minister answered on"
        + " Monday.\n", r.value().get().text());
    assertTrue(r.diagnostics().get(0).message().startsWith("mixed encodings: line 2"));
  }

  @Test
  void articleOver20MegabytesIsSkippedWithItsSize() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = "Iran condemned the raid on Sunday, the ministry said.\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    Path small = Files.writeString(dir.resolve("small.txt"), "Iran said so.\n");
    List<Result<Article>> rs = read(big, small);
    assertEquals(1, good(rs).size());
    assertEquals(big + ": file is 50 MB, more than the 20 MB an article may have; skipped",
        skipped(rs).get(0).toString());
  }

  @Test
  void overlongJsonLineIsSkippedAndTheNextRead() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), String.format(GOOD, 1)
        + "{\"id\":\"long\",\"text\":\"" + "x".repeat(5000) + "\"}\n" + String.format(GOOD, 3));
    List<Result<Article>> rs = ArticleSource.readAll(List.of(f),
        ArticleSource.Options.defaults().withMaxArticleBytes(1000));
    assertEquals(List.of("a1", "a3"), good(rs).stream().map(Article::id).toList());
    assertTrue(skipped(rs).get(0).toString().contains("line 2: record is"));
  }

  @Test
  void corruptWarcRecordIsSkippedAndTheNextRecordsRead() throws IOException {
    String good1 = warcResponse("aaaaaaaa-0000-4000-8000-000000000001", "https://x.example/a",
        "<html><body><p>NATO rejected on Thursday a request to impose a no-fly zone.</p>"
            + "</body></html>");
    String corrupt = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n"
        + "HTTP/1.1 200 OK\r\n\r\ngarbage\r\n\r\n";
    String good2 = warcResponse("aaaaaaaa-0000-4000-8000-000000000002", "https://x.example/b",
        "<html><body><p>Poland said it would keep its border open to refugees.</p>"
            + "</body></html>");
    Path f = Files.writeString(dir.resolve("crawl.warc"), good1 + corrupt + good2,
        StandardCharsets.ISO_8859_1);
    List<Result<Article>> rs = read(f);
    assertEquals(List.of("aaaaaaaa00004000", "aaaaaaaa00004000-2"),
        good(rs).stream().map(Article::id).toList());
    assertEquals(1, skipped(rs).size());
    assertEquals(f + " record 2: corrupt WARC record (no valid Content-Length); skipping to the"
        + " next record", skipped(rs).get(0).toString());
  }

  @Test
  void warcThatEndsInsideARecordKeepsTheRecordsBefore() throws IOException {
    String good1 = warcResponse("bbbbbbbb-0000-4000-8000-000000000001", "https://x.example/a",
        "<html><body><p>NATO rejected on Thursday a request to impose a no-fly zone.</p>"
            + "</body></html>");
    String good2 = warcResponse("cccccccc-0000-4000-8000-000000000002", "https://x.example/b",
        "<html><body><p>Poland said it would keep its border open to refugees.</p>"
            + "</body></html>");
    String all = good1 + good2;
    Path f = Files.writeString(dir.resolve("cut.warc"), all.substring(0, all.length() - 40),
        StandardCharsets.ISO_8859_1);
    List<Result<Article>> rs = read(f);
    assertEquals(List.of("bbbbbbbb00004000"), good(rs).stream().map(Article::id).toList());
    assertTrue(skipped(rs).get(0).toString().contains("record 2: the file ends inside the"
        + " record"), skipped(rs).toString());
  }

  static String warcResponse(String uuid, String url, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
        + html.length() + "\r\n\r\n" + html;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + uuid + ">\r\n"
        + "WARC-Date: 2022-03-05T12:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
        + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
  }

  @Test
  void directoriesAreWalkedSortedWithoutHiddenOrDocumentationFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("sub/b.html"),
        "<html><body><p>Oman offered on Tuesday to host the talks.</p></body></html>");
    Files.writeString(dir.resolve("a.txt"), "Iran condemned the raid.\n");
    Files.writeString(dir.resolve("README.md"), "About this corpus.\n");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden.\n");
    Files.writeString(dir.resolve(".git/config"), "[core]\n");
    Path missing = dir.resolve("missing.txt");
    List<Result<Article>> rs = read(dir, missing);
    assertEquals(List.of("a", "b"), good(rs).stream().map(Article::id).toList());
    assertEquals(missing + ": no such file or directory", skipped(rs).get(0).toString());
    try (ArticleSource s = ArticleSource.open(List.of(dir), ArticleSource.Options.defaults())) {
      assertEquals(2, s.expectedArticles().orElse(-1));
    }
  }

  @Test
  void standardInputIsReadAsAnyFormat() {
    byte[] feed = (String.format(GOOD, 1) + String.format(GOOD, 2))
        .getBytes(StandardCharsets.UTF_8);
    ArticleSource.Options o = ArticleSource.Options.defaults()
        .withStdin(new ByteArrayInputStream(feed));
    List<Result<Article>> rs = ArticleSource.readAll(List.of(Path.of("-")), o);
    assertEquals(List.of("a1", "a2"), good(rs).stream().map(Article::id).toList());
    assertEquals("<stdin> line 1", good(rs).get(0).source());
    try (ArticleSource s = ArticleSource.open(List.of(Path.of("-")), o)) {
      assertFalse(s.expectedArticles().isPresent());
    }
  }

  @Test
  void jsonLinesWithoutIdsGetLineIdsAndRepeatedIdsASuffix() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"text\":\"Iran condemned the raid.\"}\n" + String.format(GOOD, 1)
            + String.format(GOOD, 1));
    List<Result<Article>> rs = read(f);
    assertEquals(List.of("feed-line1", "a1", "a1-2"),
        good(rs).stream().map(Article::id).toList());
    assertTrue(rs.get(2).diagnostics().stream().anyMatch(d -> d.message().contains("a1-2")));
  }

  @Test
  void aNamedStreamReadsAsTheFileItNames() throws IOException {
    Path text = Files.writeString(dir.resolve("story.txt"),
        "Iran condemned the raid on Sunday, the ministry said.\n");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(zipped)) {
      z.write((String.format(GOOD, 1) + String.format(GOOD, 1)).getBytes(StandardCharsets.UTF_8));
    }
    try (ArticleSource s = ArticleSource.open("hdfs://nn/corpus/story.txt",
        Files.newInputStream(text), ArticleSource.Options.defaults())) {
      Article a = s.next().value().get();
      assertEquals(good(read(text)).get(0).text(), a.text());
      assertEquals("story", a.id());
      assertEquals("hdfs://nn/corpus/story.txt", a.source());
      assertFalse(s.hasNext());
    }
    List<Result<Article>> rs = new java.util.ArrayList<>();
    try (ArticleSource s = ArticleSource.open("s3a://bucket/feed.jsonl.gz",
        new ByteArrayInputStream(zipped.toByteArray()), ArticleSource.Options.defaults())) {
      s.forEachRemaining(rs::add);
    }
    assertEquals(List.of("a1", "a1-2"), good(rs).stream().map(Article::id).toList());
    assertEquals("s3a://bucket/feed.jsonl.gz line 1", good(rs).get(0).source());
    List<Result<Article>> empty = new java.util.ArrayList<>();
    try (ArticleSource s = ArticleSource.open("empty.txt", new ByteArrayInputStream(new byte[0]),
        ArticleSource.Options.defaults())) {
      s.forEachRemaining(empty::add);
    }
    assertEquals(1, skipped(empty).size());
    assertTrue(skipped(empty).get(0).toString().contains("empty.txt"), skipped(empty).toString());
  }
}
