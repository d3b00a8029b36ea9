package org.dyad;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.ingest.ArticleParser;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Codes every sentence of {@code golden/sentences.txt} and checks its annotated (source,
 * target, code). All mismatches are reported in one failure, so a dictionary change shows its
 * whole effect at once.
 */
class GoldenSentencesIT {

  /** The number of cases in sentences.txt: one deleted by mistake fails the test. */
  private static final int MIN_CASES = 99;
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 1);

  @Test
  void everyGoldenSentenceCodesAsAnnotated() throws IOException {
    List<GoldenSentence> cases = GoldenSentence.parseAll(lines("/golden/sentences.txt"));
    assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " golden sentences");
    Set<String> roots = cases.stream().filter(c -> !c.none())
        .map(c -> c.event().substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(roots.size() == 20, "golden sentences must cover all 20 roots, cover " + roots);

    assertCodedAsAnnotated(cases, "sentences.txt");
  }

  /**
   * Codes each sentence as an article of its own, published {@link #PUBLISHED}, and fails
   * with every mismatch at once when one does not code as its marks say.
   */
  static void assertCodedAsAnnotated(List<GoldenSentence> cases, String file) {
    Pipeline pipeline = TestPipeline.get();
    ArticleParser parser = ArticleParser.standard();
    List<String> failures = new ArrayList<>();
    for (GoldenSentence c : cases) {
      Article a = parser.parse(file + "-" + c.line(), file, c.text()).value()
          .orElseThrow().withPublished(PUBLISHED);
      List<Event> events = pipeline.code(a).events();
      boolean ok = (c.none() ? events.isEmpty() : events.stream().anyMatch(e -> matches(c, e)))
          && (c.forbidden() == null
              || events.stream().noneMatch(e -> e.code().value().startsWith(c.forbidden())));
      if (!ok) {
        failures.add("line " + c.line() + ": " + c.text() + "\n    expected "
            + (c.none() ? "no event" : c.source() + " " + c.event() + " " + c.target()
                + " " + c.mode() + (c.forbidden() == null ? "" : ", and no " + c.forbidden()))
            + "\n    got " + events.stream().map(GoldenSentencesIT::describe).toList());
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases.size() + " sentences of " + file + " differ:\n"
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

  static String describe(Event e) {
    return e.source().code() + "=" + e.source().id() + " " + e.code() + " "
        + (e.target() == null ? "-" : e.target().code() + "=" + e.target().id())
        + " " + e.mode().label()
        + " [" + e.evidence().rule() + "]";
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = GoldenSentencesIT.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
