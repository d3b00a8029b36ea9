package org.dyad;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The codebook's coverage: every 3-digit CAMEO code of {@code cameo.tsv} has at least one
 * pattern in {@code patterns.tsv} and at least one sentence in {@code golden/codes.txt}, and
 * every sentence there codes as annotated (the rules of {@link GoldenSentencesIT}; all
 * mismatches are reported in one failure).
 */
class GoldenCodesIT {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 1);

  @Test
  void everyBaseCodeHasAPattern() throws IOException {
    Set<String> patterned = firstColumn("/org/dyad/events/patterns.tsv");
    List<String> missing = baseCodes().stream().filter(c -> !patterned.contains(c)).toList();
    assertTrue(missing.isEmpty(), missing.size() + " 3-digit codes have no pattern: " + missing);
  }

  @Test
  void everyBaseCodeHasASentence() throws IOException {
    Set<String> codes = firstColumn("/org/dyad/events/cameo.tsv");
    List<GoldenSentence> cases = GoldenSentence.parseAll(GoldenSentencesIT.lines(
        "/golden/codes.txt"));
    List<String> bad = cases.stream().filter(c -> !c.none())
        .filter(c -> c.event().length() < 3 || !codes.contains(c.event()))
        .map(c -> "line " + c.line() + ": " + c.event()).toList();
    assertTrue(bad.isEmpty(), "EVT marks must give a full code of cameo.tsv: " + bad);
    Set<String> annotated = cases.stream().filter(c -> !c.none()).map(GoldenSentence::event)
        .collect(Collectors.toSet());
    List<String> missing = baseCodes().stream().filter(c -> !annotated.contains(c)).toList();
    assertTrue(missing.isEmpty(), missing.size() + " 3-digit codes have no sentence: " + missing);
  }

  @Test
  void everyCodeSentenceCodesAsAnnotated() throws IOException {
    List<GoldenSentence> cases = GoldenSentence.parseAll(GoldenSentencesIT.lines(
        "/golden/codes.txt"));
    Pipeline pipeline = TestPipeline.get();
    ArticleParser parser = ArticleParser.standard();
    List<String> failures = new ArrayList<>();
    for (GoldenSentence c : cases) {
      Article a = parser.parse("codes-" + c.line(), "codes.txt", c.text()).value()
          .orElseThrow().withPublished(PUBLISHED);
      List<Event> events = pipeline.code(a).events();
      boolean ok = c.none() ? events.isEmpty() : events.stream().anyMatch(e -> matches(c, e));
      if (!ok) {
        failures.add("line " + c.line() + ": " + c.text() + "\n    expected "
            + (c.none() ? "no event" : c.source() + " " + c.event() + " " + c.target() + " "
                + c.mode())
            + "\n    got " + events.stream().map(GoldenSentencesIT::describe).toList());
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases.size() + " code sentences differ:\n"
          + String.join("\n", failures));
    }
  }

  private static boolean matches(GoldenSentence c, Event e) {
    boolean target = c.target() == null
        || c.target().equals("-") && e.target() == null
        || e.target() != null && sameActor(c.target(), e.target());
    return sameActor(c.source(), e.source()) && target
        && e.code().value().startsWith(c.event()) && e.mode().label().equals(c.mode());
  }

  /** "CODE" checks the code; "CODE=id" checks the actor's identity as well. */
  private static boolean sameActor(String expected, ActorRef actor) {
    int eq = expected.indexOf('=');
    return eq < 0 ? expected.equals(actor.code())
        : expected.substring(0, eq).equals(actor.code())
            && expected.substring(eq + 1).equals(actor.id());
  }

  /** The 3-digit codes of cameo.tsv, sorted. */
  private static List<String> baseCodes() throws IOException {
    return firstColumn("/org/dyad/events/cameo.tsv").stream().filter(c -> c.length() == 3)
        .sorted().toList();
  }

  /** The first column of a tab-separated resource, less comments and blank lines. */
  private static Set<String> firstColumn(String resource) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String l : GoldenSentencesIT.lines(resource)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l.split("\t", -1)[0].strip());
      }
    }
    return out;
  }
}
