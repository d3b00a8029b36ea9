package org.dyad.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.dyad.Diagnostic;
import org.dyad.Pipeline;
import org.dyad.Result;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleParser;
import org.dyad.ingest.TextFileReader;

/**
 * Reads and codes a set of article files on several threads, handing coded articles to a sink
 * in input order. Bad files are reported on the error stream and counted; they never stop the
 * run.
 */
final class CorpusRun {

  /** Receives each coded article, in input order. */
  interface Sink {
    void accept(Pipeline.Coded coded) throws java.io.IOException;
  }

  /** What a run did. */
  record Summary(int files, int articles, int skipped, int events, int sentences,
      Duration elapsed) {
    String line() {
      double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
      return String.format(Locale.ROOT,
          "%d article%s coded, %d event%s from %d sentences, %d file%s skipped (%.1f s, %.2f"
              + " articles/s)", articles, articles == 1 ? "" : "s", events,
          events == 1 ? "" : "s", sentences, skipped, skipped == 1 ? "" : "s", seconds,
          articles / seconds);
    }
  }

  private final Pipeline pipeline;
  private final TextFileReader reader = new TextFileReader(ArticleParser.standard());
  private final PrintStream err;
  private final int threads;

  CorpusRun(Pipeline pipeline, PrintStream err, int threads) {
    this.pipeline = pipeline;
    this.err = err;
    this.threads = Math.max(1, threads);
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
    List<Result<Path>> files = TextFileReader.expand(inputs);
    int skipped = 0;
    int articles = 0;
    int events = 0;
    int sentences = 0;
    Progress progress = new Progress(err, files.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-coder");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result<Pipeline.Coded>>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 2) {
          Result<Path> file = files.get(next++);
          window.add(pool.submit(() -> codeOne(file, dateOverride, toCode)));
        }
        Result<Pipeline.Coded> result = await(window.removeFirst());
        for (Diagnostic d : result.diagnostics()) {
          if (d.severity() != Diagnostic.Severity.INFO) {
            progress.message(d.toString());
          }
        }
        if (result.isSkipped()) {
          // A skipped result without a diagnostic is an article toCode passed over.
          skipped += result.diagnostics().isEmpty() ? 0 : 1;
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
    progress.done();
    return new Summary(files.size(), articles, skipped, events, sentences,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Result<Pipeline.Coded> codeOne(Result<Path> file, LocalDate dateOverride,
      Predicate<Article> toCode) {
    if (file.isSkipped()) {
      return Result.skipped(file.diagnostics().get(0));
    }
    Path path = file.value().get();
    Result<Article> read = reader.read(path);
    if (read.isSkipped()) {
      return Result.skipped(read.diagnostics().get(0));
    }
    Article article = read.value().get();
    if (dateOverride != null) {
      article = article.withPublished(dateOverride);
    }
    if (!toCode.test(article)) {
      return new Result<>(java.util.Optional.empty(), List.of());
    }
    try {
      Pipeline.Coded coded = pipeline.code(article);
      List<Diagnostic> all = new java.util.ArrayList<>(read.diagnostics());
      all.addAll(coded.diagnostics());
      return Result.of(coded, all);
    } catch (RuntimeException e) {
      // A defect in a stage must not lose the rest of the corpus: report it, skip the article.
      return Result.skipped(Diagnostic.error(path.toString(), 0,
          "internal error while coding (" + e + "); article skipped, please report it"));
    }
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
