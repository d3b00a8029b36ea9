package org.dyad.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.dyad.Coding;
import org.dyad.Diagnostic;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.Result;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;

/**
 * Reads and codes articles from files, directories and standard input, in every format
 * {@link ArticleSource} reads, on several threads ({@link Coding}: the language check, the date
 * override, the guard), handing coded articles to a sink in input order. Articles are read
 * lazily and at most a small window of them (two per thread) is in flight, so memory stays
 * bounded however large the input. Bad input and non-English articles
 * are reported on the error stream and counted; they never stop the run.
 *
 * <p>Design decision: the pipeline is {@link Lazy}, built when the first article passes the
 * checks and the run's choice, because building it (CoreNLP's models and the knowledge base)
 * takes most of a short run: an ingest of articles the store already has codes nothing and
 * never loads it. The run says so both ways: a message when the loading starts, and the
 * summary line when nothing was loaded.
 */
final class CorpusRun {

  /** Receives each coded article, in input order. */
  interface Sink {
    void accept(Pipeline.Coded coded) throws java.io.IOException;
  }

  /**
   * What a run did.
   *
   * @param files the input files (and standard input) opened
   * @param skipped inputs and records not coded, for any reason (including {@code nonEnglish})
   * @param nonEnglish articles skipped because they are not in English
   * @param modelsLoaded whether the run built the pipeline: not when it had nothing to code
   */
  record Summary(int files, int articles, int skipped, int events, int sentences,
      Duration elapsed, int nonEnglish, boolean modelsLoaded) {

    String line() {
      double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
      String skips;
      if (skipped == 0) {
        skips = "nothing skipped";
      } else {
        List<String> why = new ArrayList<>();
        if (skipped > nonEnglish) {
          why.add((skipped - nonEnglish) + " unreadable or bad");
        }
        if (nonEnglish > 0) {
          why.add(nonEnglish + " not English");
        }
        skips = skipped + " skipped: " + String.join(", ", why);
      }
      return String.format(Locale.ROOT,
          "%d article%s coded, %d event%s from %d sentences, %s (%.1f s, %.2f articles/s)",
          articles, articles == 1 ? "" : "s", events, events == 1 ? "" : "s", sentences, skips,
          seconds, articles / seconds) + (modelsLoaded ? "" : "; " + NOT_LOADED);
    }
  }

  /** What the summary line says when nothing was coded, so the models were not loaded. */
  static final String NOT_LOADED = "models not loaded (nothing to code)";

  /** What the run says when it starts loading the models, before the first article. */
  static final String LOADING = "loading CoreNLP's models and Dyad's dictionaries (several"
      + " seconds, about 2 GB of memory)";

  private final Lazy<Pipeline> pipeline;
  private final PrintStream err;
  private final int threads;
  private final ArticleSource.Options options;

  CorpusRun(Lazy<Pipeline> pipeline, PrintStream err, int threads) {
    this(pipeline, err, threads, ArticleSource.Options.defaults());
  }

  CorpusRun(Lazy<Pipeline> pipeline, PrintStream err, int threads,
      ArticleSource.Options options) {
    this.pipeline = pipeline;
    this.err = err;
    this.threads = Math.max(1, threads);
    this.options = options;
  }

  Summary run(List<Path> inputs, LocalDate dateOverride, Sink sink) throws java.io.IOException {
    return run(inputs, dateOverride, article -> true, sink);
  }

  /**
   * As {@link #run(List, LocalDate, Sink)}, coding only the articles {@code toCode} accepts
   * (called on the coding threads, after reading): the others are neither coded, handed to the
   * sink, nor counted as skipped. {@code dyad ingest} passes over stored articles this way.
   */
  Summary run(List<Path> inputs, LocalDate dateOverride, Predicate<Article> toCode, Sink sink)
      throws java.io.IOException {
    long start = System.nanoTime();
    int skipped = 0;
    int nonEnglish = 0;
    int articles = 0;
    int events = 0;
    int sentences = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-coder");
      t.setDaemon(true);
      return t;
    });
    ArticleSource source = ArticleSource.open(inputs, options);
    try (source; Progress progress = new Progress(err, source.expectedArticles())) {
      AtomicBoolean told = new AtomicBoolean();
      Predicate<Article> chosen = article -> {
        if (!toCode.test(article)) {
          return false;
        }
        if (!pipeline.made() && told.compareAndSet(false, true)) {
          progress.message(LOADING);
        }
        return true;
      };
      Coding coding = new Coding(pipeline, Coding.Options.defaults().withDate(dateOverride)
          .withToCode(chosen).withWatch(progress::watch));
      Deque<Future<Coding.Outcome<Pipeline.Coded>>> window = new ArrayDeque<>();
      while (source.hasNext() || !window.isEmpty()) {
        while (window.size() < threads * 2 && source.hasNext()) {
          Result<Article> read = source.next();
          window.add(pool.submit(() -> coding.code(read)));
        }
        Coding.Outcome<Pipeline.Coded> outcome = await(window.removeFirst());
        Result<Pipeline.Coded> result = outcome.result();
        for (Diagnostic d : result.diagnostics()) {
          if (d.severity() != Diagnostic.Severity.INFO) {
            progress.message(d.toString());
          }
        }
        if (result.isSkipped()) {
          skipped += outcome.status() == Coding.Status.PASSED_OVER ? 0 : 1;
          nonEnglish += outcome.status() == Coding.Status.NOT_ENGLISH ? 1 : 0;
        } else {
          Pipeline.Coded coded = result.value().get();
          articles++;
          events += coded.events().size();
          sentences += coded.sentences();
          sink.accept(coded);
        }
        progress.step();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(source.files(), articles, skipped, events, sentences,
        Duration.ofNanos(System.nanoTime() - start), nonEnglish, pipeline.made());
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
