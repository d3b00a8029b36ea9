package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.dyad.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One plain-text file read through {@link ArticleSource}, as {@code dyad explain --file} does. */
class SingleFileTest {

  private final Reader reader = new Reader();

  @TempDir
  Path dir;

  /** The one result a single-article file gives. */
  private static final class Reader {
    Result<Article> read(Path file) {
      List<Result<Article>> all = ArticleSource.readAll(List.of(file),
          ArticleSource.Options.defaults());
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  @Test
  void idIsTheBaseName() throws IOException {
    Path f = Files.writeString(dir.resolve("68f634befddb3675.txt"), "Iran said so.\n");
    Article a = reader.read(f).value().orElseThrow();
    assertEquals("68f634befddb3675", a.id());
  }

  @Test
  void emptyFileIsSkippedWithItsName() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Result<Article> r = reader.read(f);
    assertTrue(r.isSkipped());
    assertTrue(r.diagnostics().get(0).toString().startsWith(f.toString()));
    assertTrue(r.diagnostics().get(0).message().contains("empty"));
  }

  @Test
  void binaryFileIsSkipped() throws IOException {
    Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
    Result<Article> r = reader.read(f);
    assertTrue(r.isSkipped());
    assertTrue(r.diagnostics().get(0).message().contains("binary"));
  }

  @Test
  void windows1252IsReadWithAWarningNamingTheLine() throws IOException {
    byte[] bytes = "Line one.\nLine \u00e9 two \u2019quoted\u2019.\n"
        .getBytes(TextDecoder.WINDOWS_1252);
    Path f = Files.write(dir.resolve("cp1252.txt"), bytes);
    Result<Article> r = reader.read(f);
    assertFalse(r.isSkipped());
    assertTrue(r.value().get().text().contains("Line \u00e9 two \u2019quoted\u2019."));
    assertEquals(2, r.diagnostics().get(0).line());
    assertTrue(r.diagnostics().get(0).message().contains("Windows-1252"));
  }

  @Test
  void bytesNeitherUtf8NorWindows1252AreSkippedWithTheLine() throws IOException {
    byte[] bytes = {'O', 'k', '.', '\n', 'B', 'a', 'd', (byte) 0x81, (byte) 0xFF, '.', '\n'};
    Path f = Files.write(dir.resolve("bad.txt"), bytes);
    Result<Article> r = reader.read(f);
    assertTrue(r.isSkipped());
    assertEquals(2, r.diagnostics().get(0).line());
  }

  @Test
  void utf16WithByteOrderMarkIsRead() throws IOException {
    byte[] body = "Iran condemned the raid.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path f = Files.write(dir.resolve("utf16.txt"), bytes);
    assertFalse(reader.read(f).isSkipped());
  }

  @Test
  void randomBytesNeverThrow() throws IOException {
    Random random = new Random(42);
    byte[] seed = "date 2021-05-16 Iran condemned the raid.\n\nSubscribe\n"
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = i % 2 == 0 ? new byte[random.nextInt(200)] : seed.clone();
      if (i % 2 == 0) {
        random.nextBytes(bytes);
      } else {
        for (int k = 0; k < 3; k++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      Path f = Files.write(dir.resolve("fuzz" + i + ".txt"), bytes);
      Result<Article> r = reader.read(f);
      assertTrue(r.isSkipped() == r.value().isEmpty());
      if (r.isSkipped()) {
        assertFalse(r.diagnostics().isEmpty(), "a skipped file must say why");
      }
    }
  }
}
