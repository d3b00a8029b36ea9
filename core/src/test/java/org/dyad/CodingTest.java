package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.ingest.Article;
import org.dyad.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Coding}, the one way from a read article to its events, without CoreNLP: a fake
 * annotator gives {@link PipelineTimingsTest}'s hand-annotated sentence and records the dates
 * it was asked to read against.
 */
class CodingTest {

  private static final String TEXT = PipelineTimingsTest.TEXT;
  private static final String FRENCH = "Le ministre a déclaré mardi que son pays était prêt à"
      + " accueillir une nouvelle série de discussions entre les deux parties, selon un"
      + " communiqué publié dans la soirée par le gouvernement.";
  private static final LocalDate PAGE = LocalDate.of(2024, 3, 1);

  /** The dates the annotator was called with; a text with "explode" makes it throw. */
  private static final List<LocalDate> ASKED = new CopyOnWriteArrayList<>();
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    Annotator fake = (text, date) -> {
      if (text.contains("explode")) {
        throw new IllegalStateException("boom");
      }
      ASKED.add(date);
      return PipelineTimingsTest.annotated();
    };
    pipeline = Pipeline.withAnnotator(fake);
  }

  private static Result<Article> read(String id, String text) {
    Article a = Article.ofText(id, id + ".txt", text, PAGE);
    return Result.of(a, List.of(Diagnostic.warning(a.source(), 0, "read with a warning")));
  }

  @Test
  void codesAnEnglishArticleWithTheReadsDiagnosticsFirst() {
    Pipeline.Timings timings = new Pipeline.Timings();
    Coding.Outcome<Pipeline.Coded> o = new Coding(pipeline, Coding.Options.defaults()
        .withTimings(timings)).code(read("a1", TEXT));
    assertEquals(Coding.Status.CODED, o.status());
    Pipeline.Coded coded = o.result().value().orElseThrow();
    assertEquals(1, coded.events().size(), coded.events().toString());
    assertEquals(PAGE, coded.article().published());
    assertEquals("a1.txt: read with a warning", o.result().diagnostics().get(0).toString());
    assertTrue(timings.annotateNanos() > 0, "the run's timings are used");
  }

  @Test
  void aNonEnglishArticleIsSkippedAsSuchAndNeverAnnotated() {
    int before = ASKED.size();
    Coding coding = new Coding(pipeline, Coding.Options.defaults());
    Coding.Outcome<Pipeline.Coded> o = coding.code(read("fr1", FRENCH));
    assertEquals(Coding.Status.NOT_ENGLISH, o.status());
    assertTrue(o.result().isSkipped());
    assertEquals(List.of(Diagnostic.error("fr1.txt", 0,
        "not English (looks like French); skipped")), o.result().diagnostics());
    Coding.Outcome<Coding.Explanation> x = coding.explain(read("fr1", FRENCH));
    assertEquals(Coding.Status.NOT_ENGLISH, x.status());
    assertEquals(o.result().diagnostics(), x.result().diagnostics());
    assertEquals(before, ASKED.size(), "the annotator was not called");
  }

  @Test
  void theRunsDateOverridesThePagesBeforeTheChoiceAndTheCoding() {
    LocalDate override = LocalDate.of(2021, 5, 16);
    List<LocalDate> seen = new CopyOnWriteArrayList<>();
    Coding coding = new Coding(pipeline, Coding.Options.defaults().withDate(override)
        .withToCode(a -> seen.add(a.published())));
    Pipeline.Coded coded = coding.code(read("a2", TEXT)).result().value().orElseThrow();
    assertEquals(override, coded.article().published());
    assertEquals(Article.DateOrigin.OVERRIDE, coded.article().publishedFrom());
    assertEquals(List.of(override), seen);
    assertEquals(override, ASKED.get(ASKED.size() - 1), "the annotator reads against it");
    Coding.Explanation x = coding.explain(read("a2", TEXT)).result().value().orElseThrow();
    assertEquals(override, x.article().published());
    assertEquals(1, x.sentences().size());
  }

  @Test
  void anArticleThePredicateRefusesIsPassedOver() {
    int before = ASKED.size();
    Coding.Outcome<Pipeline.Coded> o = new Coding(pipeline, Coding.Options.defaults()
        .withToCode(a -> !a.id().equals("stored"))).code(read("stored", TEXT));
    assertEquals(Coding.Status.PASSED_OVER, o.status());
    assertTrue(o.result().isSkipped());
    assertEquals(Diagnostic.Severity.INFO, o.result().diagnostics().get(0).severity());
    assertEquals(before, ASKED.size(), "the annotator was not called");
  }

  @Test
  void aLazyPipelineIsBuiltOnlyForTheFirstArticleThatPassesTheChecks() {
    Lazy<Pipeline> lazy = Lazy.of(() -> pipeline);
    Coding coding = new Coding(lazy, Coding.Options.defaults()
        .withToCode(a -> !a.id().equals("stored")));
    assertEquals(Coding.Status.PASSED_OVER, coding.code(read("stored", TEXT)).status());
    assertEquals(Coding.Status.NOT_ENGLISH, coding.code(read("fr1", FRENCH)).status());
    assertEquals(Coding.Status.UNREADABLE, coding.code(Result.skipped(
        Diagnostic.error("feed.jsonl", 2, "unterminated string; record skipped"))).status());
    assertFalse(lazy.made(), "nothing to code: the pipeline is not built");
    assertEquals(Coding.Status.CODED, coding.code(read("a3", TEXT)).status());
    assertTrue(lazy.made());
  }

  @Test
  void aPipelineThatCannotBeBuiltStopsTheRunInsteadOfSkippingEachArticle() {
    Coding coding = new Coding(() -> {
      throw new IllegalStateException("no models on the class path");
    }, Coding.Options.defaults());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> coding.code(read("a4", TEXT)));
    assertEquals("no models on the class path", e.getMessage());
  }

  @Test
  void aStageThatThrowsSkipsTheArticleWithAnInternalError() {
    Coding coding = new Coding(pipeline, Coding.Options.defaults());
    Result<Article> bad = read("x1", "Iran will explode the talks, officials said.");
    String message = "x1.txt: internal error while coding (java.lang.IllegalStateException:"
        + " boom); article skipped, please report it";
    Coding.Outcome<Pipeline.Coded> o = coding.code(bad);
    assertEquals(Coding.Status.FAILED, o.status());
    assertTrue(o.result().isSkipped());
    assertEquals(message, o.result().diagnostics().get(0).toString());
    assertEquals(Diagnostic.Severity.ERROR, o.result().diagnostics().get(0).severity());
    Coding.Outcome<Coding.Explanation> x = coding.explain(bad);
    assertEquals(Coding.Status.FAILED, x.status());
    assertEquals(message, x.result().diagnostics().get(0).toString());
  }

  @Test
  void anUnreadableInputStaysSkippedWithTheReadersMessage() {
    Diagnostic why = Diagnostic.error("feed.jsonl", 2, "unterminated string; record skipped");
    Coding.Outcome<Pipeline.Coded> o = new Coding(pipeline, Coding.Options.defaults())
        .code(Result.skipped(why));
    assertEquals(Coding.Status.UNREADABLE, o.status());
    assertEquals(List.of(why), o.result().diagnostics());
  }
}
