package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.Pipeline;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.corpus.CorpusEvent;
import org.dyad.corpus.Dedup;
import org.dyad.corpus.Report;
import org.dyad.events.Event;
import org.dyad.ingest.Article;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Dyad's stages one by one over the sample articles, each operation one pass over all of them:
 * CoreNLP's annotation ({@link #annotate}), and over sentences annotated once in the setup
 * the mention finder ({@link #findMentions}), everything the pipeline does after CoreNLP
 * (mentions, actors, events, quotations: {@link #codeAnnotated}), and the deduplication of
 * the events of 20 copies of the samples ({@link #dedup}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StagesBench {

  /** Copies of the samples' events that {@link #dedup} clusters: the samples alone are few. */
  private static final int DEDUP_COPIES = 20;

  private List<Article> articles;
  private CoreNlpAnnotator annotator;
  private MentionFinder finder;
  private Pipeline replayed;
  private List<Sentence> sentences;
  private List<Report> reports;
  private Dedup dedup;

  @Setup(Level.Trial)
  public void setUp() {
    articles = Corpus.samples();
    annotator = new CoreNlpAnnotator();
    KnowledgeBase kb = KnowledgeBase.standard();
    finder = MentionFinder.standard(kb);
    replayed = Pipeline.withAnnotator(new Corpus.Replay(annotator));
    sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Article a : articles) {
      sentences.addAll(annotator.annotate(a.codableText(), a.published()));
      events.addAll(replayed.code(a).events());
    }
    reports = new ArrayList<>();
    for (int copy = 0; copy < DEDUP_COPIES; copy++) {
      for (Event e : events) {
        reports.add(new Report(reports.size(), e, e.articleId() + "#" + copy,
            "outlet" + copy % 5));
      }
    }
    dedup = Dedup.standard();
  }

  @Benchmark
  public int annotate() {
    int n = 0;
    for (Article a : articles) {
      n += annotator.annotate(a.codableText(), a.published()).size();
    }
    return n;
  }

  @Benchmark
  public int findMentions() {
    int n = 0;
    for (Sentence s : sentences) {
      List<Mention> found = finder.find(s);
      n += found.size();
    }
    return n;
  }

  @Benchmark
  public int codeAnnotated() {
    int n = 0;
    for (Article a : articles) {
      n += replayed.code(a).events().size();
    }
    return n;
  }

  @Benchmark
  public List<CorpusEvent> dedup() {
    return dedup.cluster(reports);
  }
}
