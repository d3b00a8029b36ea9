package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One store per test JVM for the web tests: the sample corpus and the team's two-outlet
 * meeting (app/src/test/resources/store/same-event), ingested once, deleted at exit.
 */
final class WebFixture {

  private static Path db;

  private WebFixture() {}

  static synchronized Path store() throws IOException, URISyntaxException {
    if (db == null) {
      Path dir = Files.createTempDirectory("dyad-web");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path file = dir.resolve("web.duckdb");
      Cli ingest = Cli.run("ingest", samples().toString(), Path.of(WebFixture.class
          .getResource("/store/same-event").toURI()).toString(), "--db", file.toString());
      assertEquals(0, ingest.exit(), ingest.err());
      db = file;
    }
    return db;
  }

  static Path samples() {
    Path p = Path.of("samples/news");
    return Files.isDirectory(p) ? p : Path.of("../samples/news");
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
