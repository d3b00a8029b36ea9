package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CoreNLP's models (seconds and gigabytes) load only when a run codes something: a second
 * ingest of the same articles, and the commands that only read the store, never load them.
 * Each such run is a JVM of its own whose class loading is logged, so the test sees that
 * CoreNLP was not even loaded, whatever Dyad's code says of itself.
 */
class ModelsOnDemandIT {

  /** Classes any building of the annotator loads. */
  private static final List<String> CORENLP = List.of("org.dyad.nlp.CoreNlpAnnotator",
      "edu.stanford.nlp.pipeline.StanfordCoreNLP");

  @TempDir
  Path dir;

  /** What a run in its own JVM printed, and the classes it loaded. */
  record Run(int exit, String output, List<String> loaded) {

    /** The CoreNLP classes the run loaded: none, for a run that did not load the models. */
    List<String> coreNlp() {
      return loaded.stream().filter(CORENLP::contains).toList();
    }
  }

  @Test
  void aSecondIngestOfTheSameArticlesCodesNothingAndNeverLoadsTheModels() throws Exception {
    Path db = dir.resolve("store.duckdb");
    String corpus = Path.of(ModelsOnDemandIT.class.getResource("/store/same-event").toURI())
        .toString();
    Cli first = Cli.run("ingest", corpus, "--db", db.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains(CorpusRun.LOADING), first.err());
    assertFalse(first.err().contains(CorpusRun.NOT_LOADED), first.err());
    assertTrue(first.err().contains("3 new"), first.err());

    Run again = inOwnJvm("ingest", corpus, "--db", db.toString());
    assertEquals(0, again.exit(), again.output());
    assertTrue(again.output().contains("0 articles coded"), again.output());
    assertTrue(again.output().contains("0 new, 3 already stored"), again.output());
    assertTrue(again.output().contains("; " + CorpusRun.NOT_LOADED), again.output());
    assertFalse(again.output().contains(CorpusRun.LOADING), again.output());
    assertEquals(List.of(), again.coreNlp(), again.output());

    for (String[] reading : new String[][] {
        {"events", "--db", db.toString(), "--actor", "Egypt"},
        {"stats", "--db", db.toString()},
        {"sql", "SELECT count(*) FROM events", "--db", db.toString()},
        {"export", "--format", "gdelt", "--db", db.toString(),
            "--out", dir.resolve("events.tsv").toString()}}) {
      Run r = inOwnJvm(reading);
      assertEquals(0, r.exit(), reading[0] + ": " + r.output());
      assertEquals(List.of(), r.coreNlp(), reading[0] + ": " + r.output());
      assertFalse(r.loaded().isEmpty(), "the class loading log is read");
    }
  }

  /** Runs {@code dyad ARGS} in a JVM of its own, logging the classes it loads. */
  private Run inOwnJvm(String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "classes", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        "org.dyad.app.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dyad " + args[0] + " did not end: " + output);
    // A line is "[uptime][info][class,load] NAME source: ...".
    List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(l -> l.substring(l.indexOf("] ", l.indexOf("class,load")) + 2))
        .map(l -> l.split(" ", 2)[0]).toList();
    return new Run(p.exitValue(), output, loaded);
  }
}
