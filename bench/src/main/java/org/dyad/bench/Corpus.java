package org.dyad.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.Result;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Sentence;

/** The articles the JMH benchmarks code, and an annotator that replays their annotation. */
final class Corpus {

  private Corpus() {}

  /**
   * The articles of {@code -Ddyad.bench.corpus} (folders or files, separated as the platform
   * separates paths: {@code :} on Linux), by default the bundled samples ({@code
   * samples/news}, relative to the working directory).
   */
  static List<Article> samples() {
    List<Path> inputs = java.util.Arrays.stream(System.getProperty("dyad.bench.corpus",
        "samples/news").split(java.io.File.pathSeparator)).map(Path::of).toList();
    List<Article> articles = ArticleSource.readAll(inputs, ArticleSource.Options.defaults())
        .stream().map(Result::value).flatMap(java.util.Optional::stream).toList();
    if (articles.isEmpty()) {
      throw new IllegalStateException(inputs + " hold no articles: run the"
          + " benchmarks from the repository root or set -Ddyad.bench.corpus");
    }
    return articles;
  }

  /**
   * Annotates each text once with {@code annotator} and answers from that record afterwards,
   * so that a pipeline built on it times everything but CoreNLP.
   */
  static final class Replay implements Annotator {
    private final Annotator annotator;
    private final Map<String, List<Sentence>> seen = new ConcurrentHashMap<>();

    Replay(Annotator annotator) {
      this.annotator = annotator;
    }

    @Override
    public List<Sentence> annotate(String text, java.time.LocalDate documentDate) {
      return seen.computeIfAbsent(text + "\u0000" + documentDate,
          k -> annotator.annotate(text, documentDate));
    }
  }
}
