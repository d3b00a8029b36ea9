package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dyad.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated input through every reader (jsoup's fuzz habit): asserts only that no
 * exception escapes and that every skipped record says why.
 */
class IngestFuzzTest {

  private static final int ROUNDS = 150;

  @TempDir
  Path dir;

  private static List<byte[]> seeds() throws IOException, URISyntaxException {
    Path root = Path.of(IngestFuzzTest.class.getResource("/ingest").toURI());
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("input."))
          .sorted().toList()) {
        seeds.add(Files.readAllBytes(f));
      }
    }
    return seeds;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** Flips, deletes, duplicates and truncates bytes of a seed. */
  private static byte[] mutate(byte[] seed, Random random) {
    byte[] b = seed.clone();
    int kind = random.nextInt(5);
    switch (kind) {
      case 0 -> {
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
      }
      case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
      case 2 -> {
        int at = random.nextInt(b.length);
        int len = Math.min(b.length - at, random.nextInt(200));
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + len, out, at, b.length - at - len);
        b = out;
      }
      case 3 -> {
        int at = random.nextInt(b.length);
        int len = Math.min(b.length - at, random.nextInt(300));
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, at + len);
        System.arraycopy(b, at, out, at + len, b.length - at);
        b = out;
      }
      default -> {
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
          int at = random.nextInt(b.length);
          byte[] special = "\r\n{}\"<>\\:\u0000".getBytes(StandardCharsets.UTF_8);
          b[at] = special[random.nextInt(special.length)];
        }
      }
    }
    return b;
  }

  private void readAndCheck(byte[] bytes, String name) throws IOException {
    Path f = Files.write(dir.resolve(name), bytes);
    List<Result<Article>> rs = ArticleSource.readAll(List.of(f),
        ArticleSource.Options.defaults());
    for (Result<Article> r : rs) {
      assertNotNull(r);
      if (r.isSkipped()) {
        assertFalse(r.diagnostics().isEmpty(), "a skipped record must say why");
      } else {
        Article a = r.value().get();
        a.codableText(); // spans must lie inside the text
        LanguageCheck.apply(a);
      }
    }
    Files.delete(f);
  }

  @Test
  void mutatedFixturesNeverThrow() throws Exception {
    Random random = new Random(20240601);
    for (byte[] seed : seeds()) {
      for (int i = 0; i < ROUNDS; i++) {
        byte[] m = mutate(seed, random);
        readAndCheck(m, "fuzz" + i);
        if (i % 5 == 0) {
          readAndCheck(gzip(m), "fuzz" + i + ".gz");
          byte[] gz = gzip(seed);
          readAndCheck(mutate(gz, random), "fuzzgz" + i + ".gz");
        }
      }
    }
  }

  @Test
  void randomBytesNeverThrow() throws IOException {
    Random random = new Random(7);
    String[] starts = {"", "WARC/1.0\r\n", "{", "<html>", "\u001f\u008b"};
    for (int i = 0; i < 300; i++) {
      byte[] prefix = starts[i % starts.length].getBytes(StandardCharsets.ISO_8859_1);
      byte[] noise = new byte[random.nextInt(600)];
      random.nextBytes(noise);
      byte[] b = Arrays.copyOf(prefix, prefix.length + noise.length);
      System.arraycopy(noise, 0, b, prefix.length, noise.length);
      readAndCheck(b, "random" + i);
    }
  }

  @Test
  void randomTextNeverBreaksTheStages() {
    Random random = new Random(11);
    String alphabet = "aé’“”â€™Ã©\u00a0\u200b<>/p{}\"\n\r\t .,-–—:0123456789ABCZ";
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(400); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      TextNormalizer.normalize(s);
      HtmlExtractor.extract(s, "");
      LanguageCheck.judge(s);
      DateText.parse(s);
      DateText.fromUrl("https://x.example/" + s);
    }
  }
}
