package org.dyad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.dyad.ingest.Article;
import org.dyad.ingest.LanguageCheck;

/**
 * The one way from an article as {@link org.dyad.ingest.ArticleSource} yields it to its events
 * (or its explanation): the language check, the run's date override, the run's choice of
 * articles, then the {@link Pipeline}, guarded so that a defect in a stage skips one article
 * instead of ending the run. Every command, the web API, the Spark job and the benchmark code
 * through it, so that none can skip a step. Thread-safe when the options' predicate is.
 *
 * <p>A skipped outcome carries one diagnostic, saying why; a coded one carries the read's
 * diagnostics followed by the coding's.
 */
public final class Coding {

  /** What became of one article; {@link #CODED} is the only one with a value. */
  public enum Status {
    /** Coded (or explained). */
    CODED,
    /** The reader could not make an article of the input. */
    UNREADABLE,
    /** Not in English: Dyad's models and dictionaries read English only. */
    NOT_ENGLISH,
    /** The run's predicate chose not to code it ({@code dyad ingest}: already stored). */
    PASSED_OVER,
    /** A stage failed on it: a defect of Dyad's, reported with the exception. */
    FAILED
  }

  /**
   * One article's result and which outcome it was, so that callers count skips by kind
   * without reading messages.
   */
  public record Outcome<T>(Result<T> result, Status status) {
    public Outcome {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(status, "status");
      if (result.isSkipped() == (status == Status.CODED)) {
        throw new IllegalArgumentException("a " + status + " outcome "
            + (result.isSkipped() ? "needs" : "has no") + " value");
      }
    }

    static <T> Outcome<T> skipped(Status status, Diagnostic why) {
      return new Outcome<>(Result.skipped(why), status);
    }
  }

  /**
   * What a run asks of every article.
   *
   * @param date the publication date of every article, overriding what the input says; null
   *     to keep the input's
   * @param toCode which articles to code, asked after the language check and the date
   *     override; the others are passed over
   * @param timings where to add the time each stage takes; null when nobody asks
   * @param watch who hears how far each article's coding has come ({@link Watch#NONE} for
   *     nobody), given the article
   */
  public record Options(LocalDate date, Predicate<Article> toCode, Pipeline.Timings timings,
      Function<Article, Watch> watch) {
    public Options {
      Objects.requireNonNull(toCode, "toCode");
      Objects.requireNonNull(watch, "watch");
    }

    /** Each article's own date, every article coded, nothing timed or watched. */
    public static Options defaults() {
      return new Options(null, article -> true, null, article -> Watch.NONE);
    }

    public Options withDate(LocalDate override) {
      return new Options(override, toCode, timings, watch);
    }

    public Options withToCode(Predicate<Article> which) {
      return new Options(date, which, timings, watch);
    }

    public Options withTimings(Pipeline.Timings sums) {
      return new Options(date, toCode, sums, watch);
    }

    public Options withWatch(Function<Article, Watch> watching) {
      return new Options(date, toCode, timings, watching);
    }
  }

  /** An explained article: the article as coded (with the run's date) and its sentences. */
  public record Explanation(Article article, List<Pipeline.Explained> sentences) {
    public Explanation {
      sentences = List.copyOf(sentences);
    }
  }

  private final Supplier<Pipeline> pipeline;
  private final Options options;

  public Coding(Pipeline pipeline, Options options) {
    this(built(pipeline), options);
  }

  /**
   * Codes with the pipeline {@code pipeline} gives when the first article passes the checks
   * (a {@link Lazy} one is then built): a run whose articles are all passed over never builds
   * it. A failure to build it is thrown, not taken for a defect of the article.
   */
  public Coding(Supplier<Pipeline> pipeline, Options options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
  }

  private static Supplier<Pipeline> built(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    return () -> pipeline;
  }

  /** Codes one read article; see the class comment for what a skip carries. */
  public Outcome<Pipeline.Coded> code(Result<Article> read) {
    return guarded(read, (coder, article) -> {
      Pipeline.Coded coded = coder.code(article, options.timings() == null
          ? new Pipeline.Timings() : options.timings(), options.watch().apply(article));
      return Result.of(coded, coded.diagnostics());
    });
  }

  /**
   * Explains one read article sentence by sentence, after the same checks as {@link #code}:
   * for {@code dyad explain} and the web API.
   */
  public Outcome<Explanation> explain(Result<Article> read) {
    return guarded(read, (coder, article) -> Result.of(
        new Explanation(article, coder.explain(article))));
  }

  /**
   * The article the run codes: the read's, with the run's date, when it is readable, English
   * and chosen; else why not. The diagnostics are the read's. For readers that need the
   * articles before coding them ({@code ./dyad bench} times reading apart).
   */
  public Outcome<Article> admit(Result<Article> read) {
    if (read.isSkipped()) {
      return Outcome.skipped(Status.UNREADABLE, read.diagnostics().isEmpty()
          ? Diagnostic.error("input", 0, "cannot be read; skipped") : read.diagnostics().get(0));
    }
    Article article = read.value().get();
    Result<Article> english = LanguageCheck.apply(article);
    if (english.isSkipped()) {
      return Outcome.skipped(Status.NOT_ENGLISH, english.diagnostics().get(0));
    }
    if (options.date() != null) {
      article = article.withPublished(options.date());
    }
    if (!options.toCode().test(article)) {
      return Outcome.skipped(Status.PASSED_OVER, Diagnostic.info(article.source(), 0,
          "not chosen to code in this run; passed over"));
    }
    return new Outcome<>(Result.of(article, read.diagnostics()), Status.CODED);
  }

  private <T> Outcome<T> guarded(Result<Article> read,
      BiFunction<Pipeline, Article, Result<T>> stage) {
    Outcome<Article> admitted = admit(read);
    if (admitted.status() != Status.CODED) {
      return Outcome.skipped(admitted.status(), admitted.result().diagnostics().get(0));
    }
    Article article = admitted.result().value().get();
    Pipeline coder = pipeline.get();
    Result<T> done;
    try {
      done = stage.apply(coder, article);
    } catch (RuntimeException e) {
      // A defect in a stage must not lose the rest of the corpus: report it, skip the article.
      return Outcome.skipped(Status.FAILED, Diagnostic.error(article.source(), 0,
          "internal error while coding (" + e + "); article skipped, please report it"));
    }
    List<Diagnostic> all = new ArrayList<>(read.diagnostics());
    all.addAll(done.diagnostics());
    return new Outcome<>(Result.of(done.value().get(), all), Status.CODED);
  }
}
