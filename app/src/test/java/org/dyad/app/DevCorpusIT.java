package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.TestShared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's acceptance on the real articles of {@code ../shared/corpus/dev}, run
 * through the command line as a user runs it.
 */
class DevCorpusIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<JsonNode> events;
  private static String dev;

  @BeforeAll
  static void code() throws IOException {
    Path corpus = TestShared.path("corpus/dev");
    dev = Files.readString(corpus.resolve("68f634befddb3675.txt"))
        + Files.readString(corpus.resolve("c9ac64c9340e6a94.txt"));
    Cli cli = Cli.run("code", corpus.toString());
    assertEquals(0, cli.exit(), cli.err());
    events = new ArrayList<>();
    for (String line : cli.out().split("\n")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
  }

  private static List<JsonNode> of(String article) {
    return events.stream().filter(e -> e.path("article").asText().equals(article)).toList();
  }

  private static String country(JsonNode actor) {
    return actor.isNull() ? "" : actor.path("country").asText("");
  }

  @Test
  void phoneCallBetweenIranAndPalestineIsAConsultation() {
    List<JsonNode> found = of("68f634befddb3675").stream()
        .filter(e -> e.path("root").asText().equals("04"))
        .filter(e -> e.path("date").asText().equals("2021-05-16"))
        .filter(e -> country(e.path("source")).equals("IRN")
            && country(e.path("target")).equals("PSE")
            || country(e.path("source")).equals("PSE")
            && country(e.path("target")).equals("IRN"))
        .toList();
    assertTrue(!found.isEmpty(), "no 04x IRN-PSE event on 2021-05-16 in "
        + of("68f634befddb3675"));
  }

  @Test
  void verbalConflictFromIranToIsrael() {
    List<JsonNode> found = of("c9ac64c9340e6a94").stream()
        .filter(e -> e.path("quad_class").asInt() == 3)
        .filter(e -> e.path("date").asText().equals("2021-05-09"))
        .filter(e -> country(e.path("source")).equals("IRN")
            && country(e.path("target")).equals("ISR"))
        .toList();
    assertTrue(!found.isEmpty(), "no verbal-conflict IRN->ISR event on 2021-05-09 in "
        + of("c9ac64c9340e6a94"));
  }

  @Test
  void velyatiAndVelayatiAreOneActorAndNakhalaLeadsIslamicJihad() {
    List<JsonNode> actors = new ArrayList<>();
    for (JsonNode e : events) {
      actors.add(e.path("source"));
      actors.add(e.path("target"));
    }
    List<String> velayatiIds = actors.stream()
        .filter(a -> a.path("text").asText().matches(".*Vel(a)?yati.*"))
        .map(a -> a.path("id").asText()).distinct().toList();
    assertEquals(List.of("ali-akbar-velayati"), velayatiIds,
        "both spellings, in both articles, are one actor");
    List<String> spellings = actors.stream()
        .filter(a -> a.path("id").asText().equals("ali-akbar-velayati"))
        .map(a -> a.path("text").asText()).distinct().toList();
    assertTrue(spellings.contains("Ali Akbar Velyati") && spellings.contains("Velayati"),
        "expected both spellings among " + spellings);
    JsonNode nakhala = actors.stream()
        .filter(a -> a.path("text").asText().contains("Nakhala")).findFirst().orElseThrow();
    assertEquals("ziad-al-nakhala", nakhala.path("id").asText());
    assertEquals("PSE", nakhala.path("country").asText());
    assertEquals("PSEREB", nakhala.path("code").asText());
  }

  @Test
  void everyEventPointsBackToItsWords() {
    assertTrue(!events.isEmpty());
    for (JsonNode e : events) {
      String sentence = e.path("sentence").asText();
      String trigger = e.path("trigger").asText();
      assertTrue(dev.contains(sentence), "sentence not in the article: " + sentence);
      assertTrue(sentence.contains(trigger), "trigger not in its sentence: " + e);
      assertTrue(!e.path("rule").asText().isEmpty(), "no rule: " + e);
    }
  }

  @Test
  void headerWordsAreNeverCoded() {
    for (JsonNode e : events) {
      assertTrue(!e.path("sentence").asText().startsWith("date "), "header coded: " + e);
    }
  }

  /**
   * The dev-corpus figures of docs/ACCURACY.md, as {@code ./dyad eval} gives them: a drop
   * below what Dyad reaches fails here. Raise the floors when Dyad does better.
   */
  @Test
  void evalAgainstTheHandCodedEventsHoldsItsFloors() {
    Path gold = Path.of(System.getProperty("user.dir")).resolveSibling("docs")
        .resolve("dev-gold.jsonl");
    Cli cli = Cli.run("eval", gold.toString(), TestShared.path("corpus/dev").toString(),
        "--format", "tsv");
    assertEquals(0, cli.exit(), cli.err());
    String[] all = cli.out().lines().filter(l -> l.startsWith("all\t")).findFirst()
        .orElseThrow().split("\t");
    double precision = Double.parseDouble(all[7]);
    double recall = Double.parseDouble(all[8]);
    assertTrue(precision >= 0.50, "precision " + precision + " fell below 0.50");
    assertTrue(recall >= 0.60, "recall " + recall + " fell below 0.60");
  }
}
