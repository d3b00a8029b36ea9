package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.ingest.Article;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/** The timing hook of {@link Pipeline#code(Article, Pipeline.Timings)}, without CoreNLP. */
class PipelineTimingsTest {

  static final String TEXT = "Iran criticized Israel.";

  /** One hand-annotated sentence, whatever the text: {@value #TEXT}. */
  static List<Sentence> annotated() {
    List<Token> tokens = List.of(
        new Token(0, "Iran", "Iran", "NNP", "LOCATION", 0, 4),
        new Token(1, "criticized", "criticize", "VBD", "O", 5, 15),
        new Token(2, "Israel", "Israel", "NNP", "LOCATION", 16, 22),
        new Token(3, ".", ".", ".", "O", 22, 23));
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
        new Dependency("punct", 1, 3));
    return List.of(new Sentence(0, 0, TEXT.length(), TEXT, tokens, deps, List.of()));
  }

  @Test
  void timingsCountEveryStageAndChangeNothing() {
    AtomicInteger calls = new AtomicInteger();
    Pipeline pipeline = Pipeline.withAnnotator((text, date) -> {
      calls.incrementAndGet();
      return annotated();
    });
    Article article = Article.ofText("a1", "a1.txt", TEXT, LocalDate.of(2024, 3, 1));

    Pipeline.Timings timings = new Pipeline.Timings();
    Pipeline.Coded timed = pipeline.code(article, timings);
    Pipeline.Coded plain = pipeline.code(article);

    assertEquals(plain.events(), timed.events());
    assertEquals(1, timed.sentences());
    assertEquals(2, calls.get());
    assertTrue(timings.annotateNanos() > 0, "annotate counted");
    assertTrue(timings.mentionsNanos() > 0, "mentions counted");
    assertTrue(timings.eventsNanos() > 0, "events counted");

    long before = timings.annotateNanos() + timings.mentionsNanos() + timings.eventsNanos();
    pipeline.code(article, timings);
    assertTrue(timings.annotateNanos() + timings.mentionsNanos() + timings.eventsNanos()
        > before, "sums over articles");
  }
}
