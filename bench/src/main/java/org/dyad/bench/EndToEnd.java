package org.dyad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.Coding;
import org.dyad.Pipeline;
import org.dyad.Result;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The end-to-end benchmark behind {@code ./dyad bench}: reads a corpus (as {@code dyad code}
 * does: the reader, cleaning, the language check), then codes every article on N threads,
 * either through the whole {@link Pipeline} (mode {@code pipeline}, with the time of each
 * stage and how many sentences its plan had parsed and dated), or through CoreNLP alone on
 * every sentence, the parse-every-sentence baselines: CoreNLP's annotators in Dyad's
 * configuration ({@link CoreNlpAnnotator#reference()}, mode {@code annotate}), or in CoreNLP's
 * standard configuration (tokenize, ssplit, pos, lemma, ner, depparse, as {@code new
 * StanfordCoreNLP} builds them with no other property: mode {@code corenlp}); or through
 * Dyad's annotator on every sentence (its own parse, no plan: mode {@code annotator}), which
 * parts what the faster parse gains from what choosing sentences gains. Prints one {@code
 * RESULT key=value ...} line for the script.
 *
 * <p>Design decision: the corpus is read into memory before the clock starts, so that the
 * coding rate is that of the coding alone and reading is a stage of its own; and the first
 * {@code warmup} articles are coded once before it starts, in every mode alike (the corpus is
 * read twice for the same reason).
 *
 * <p>Design decision: THREADS is a list ({@code 1,2}): one JVM codes the corpus a first time on
 * the most threads (reported as {@code cold_*}), then again on the most threads until a pass
 * compiles for less than {@value #QUIET} of its coding threads' time, at most {@value
 * #MAX_WARM} more times (reported as {@code warm_*}), then {@code --rounds R} times on each
 * thread count in turn (every other round in reverse order), and prints a {@code RESULT} line
 * a thread count, its rate that of all its timed passes together. The JIT compiler keeps
 * compiling Dyad's and CoreNLP's code for about a minute of processor time after the models
 * load, most of it over the first 1,000 articles and nearly all over the first 2,500 (issue
 * 18's trace of the pipeline on 517 real articles a pass: 28 s in the first pass, 16 s in the
 * second, 3-4 s in each of the next two, then 1 s and less); on two cores that time is taken
 * from the coding threads, so a pass measures the compiler as much as the coding until it is
 * done, while a long run (an archive, a day of news: hours) codes at the rate after it, the
 * headline. Taking turns in one JVM compares thread counts under the same compiled code and
 * the same load on the machine, whose speed drifts by 10-20% over minutes. Each pass says
 * how much compiling it saw ({@code jit_s}, from the JVM's compilation bean) and how busy its
 * coding threads were ({@code busy}).
 */
public final class EndToEnd {

  /** A pass is warm when it compiles for less than this share of its coding threads' time. */
  static final double QUIET = 0.05;

  /** The most warm-up passes after the first, whether or not the compiler has gone quiet. */
  static final int MAX_WARM = 4;

  private EndToEnd() {}

  /**
   * The articles of the inputs that {@code dyad code} codes, read, cleaned and checked as it
   * reads them ({@link Coding#admit}).
   */
  private static List<Article> read(List<Path> inputs, Coding coding) {
    List<Article> articles = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(inputs, ArticleSource.Options.defaults())) {
      while (source.hasNext()) {
        coding.admit(source.next()).result().value().ifPresent(articles::add);
      }
    }
    return articles;
  }

  /**
   * Codes one admitted article as {@code dyad code} does; a stage's failure ends the run. The
   * language check runs again here: a scan of the text, nothing beside CoreNLP's work.
   */
  private static Pipeline.Coded code(Coding coding, Article article) {
    Coding.Outcome<Pipeline.Coded> coded = coding.code(Result.of(article));
    return coded.result().value().orElseThrow(() -> new IllegalStateException(
        coded.result().diagnostics().get(0).toString()));
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: EndToEnd pipeline|annotate|annotator|corenlp THREADS[,THREADS...] CORPUS..."
              + " [--warmup N] [--rounds R]");
      System.exit(2);
    }
    String mode = args[0];
    if (!List.of("pipeline", "annotate", "annotator", "corenlp").contains(mode)) {
      throw new IllegalArgumentException(
          "mode must be pipeline, annotate, annotator or corenlp, not " + mode);
    }
    List<Integer> threadCounts = Arrays.stream(args[1].split(","))
        .map(Integer::parseInt).toList();
    int warmup = 20;
    int rounds = 1;
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--warmup")) {
        warmup = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--rounds")) {
        rounds = Math.max(1, Integer.parseInt(args[++i]));
      } else {
        inputs.add(Path.of(args[i]));
      }
    }

    long t0 = System.nanoTime();
    Annotator annotator = switch (mode) {
      case "corenlp" -> standardCoreNlp();
      case "annotate" -> CoreNlpAnnotator.reference();
      default -> new CoreNlpAnnotator();
    };
    Pipeline pipeline = Pipeline.withAnnotator(annotator);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    Coding reader = new Coding(pipeline, Coding.Options.defaults());

    read(inputs, reader); // once untimed, so that reading too is timed JIT-compiled
    long r0 = System.nanoTime();
    List<Article> articles = read(inputs, reader);
    double ingestSeconds = (System.nanoTime() - r0) / 1e9;

    Coding starting = new Coding(pipeline, Coding.Options.defaults()
        .withTimings(new Pipeline.Timings()));
    for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
      if (mode.equals("pipeline")) {
        code(starting, articles.get(i));
      } else {
        annotator.annotate(articles.get(i).codableText(), articles.get(i).published());
      }
    }

    int most = Collections.max(threadCounts);
    Pass cold = pass(mode, most, articles, pipeline, annotator);
    report("first pass", most, cold);
    List<Pass> warming = new ArrayList<>();
    Pass latest = cold;
    // NaN (no compilation bean) is never quiet: such a JVM warms up MAX_WARM times.
    while (warming.size() < MAX_WARM && !(latest.jitSeconds() < QUIET * most * latest.seconds())) {
      latest = pass(mode, most, articles, pipeline, annotator);
      report("warm-up " + (warming.size() + 1), most, latest);
      warming.add(latest);
    }
    Map<Integer, List<Pass>> passes = new TreeMap<>();
    for (int r = 0; r < rounds; r++) {
      // Every other round in reverse (1, 2, 2, 1, ...), so that what drifts over the run (the
      // compiler finishing its work, the machine's load) falls on each thread count alike.
      List<Integer> order = new ArrayList<>(threadCounts);
      if (r % 2 == 1) {
        Collections.reverse(order);
      }
      for (int threads : order) {
        Pass timed = pass(mode, threads, articles, pipeline, annotator);
        report("round " + (r + 1), threads, timed);
        passes.computeIfAbsent(threads, t -> new ArrayList<>()).add(timed);
      }
    }

    long heapPeak = 0;
    for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
      if (memory.getType() == MemoryType.HEAP) {
        heapPeak += memory.getPeakUsage().getUsed();
      }
    }
    for (Map.Entry<Integer, List<Pass>> entry : passes.entrySet()) {
      List<Pass> all = entry.getValue();
      Pass last = all.get(all.size() - 1);
      double seconds = all.stream().mapToDouble(Pass::seconds).sum();
      long sentences = all.stream().mapToLong(Pass::sentences).sum();
      double slowest = all.stream().mapToDouble(Pass::rate).min().orElseThrow();
      double fastest = all.stream().mapToDouble(Pass::rate).max().orElseThrow();
      Pipeline.Timings timings = last.timings();
      System.out.println(String.format(Locale.ROOT,
          "RESULT mode=%s threads=%d articles=%d sentences=%d events=%d seconds=%.2f"
              + " articles_per_s=%.2f sentences_per_s=%.1f passes=%d slowest=%.1f fastest=%.1f"
              + " jit_s=%.1f busy=%.2f cold_threads=%d cold_sentences_per_s=%.1f cold_jit_s=%.1f"
              + " cold_busy=%.2f warm_passes=%d warm_jit_s=%.1f warm_last_jit_s=%.1f"
              + " load_s=%.2f ingest_s=%.3f last_seconds=%.2f annotate_s=%.2f plan_s=%.3f"
              + " mentions_s=%.3f events_s=%.3f heap_peak_mib=%d tagged=%d parsed=%d dated=%d",
          mode, entry.getKey(), articles.size(), last.sentences(), last.events(),
          seconds / all.size(), articles.size() * all.size() / seconds, sentences / seconds,
          all.size(), slowest, fastest, all.stream().mapToDouble(Pass::jitSeconds).sum(),
          all.stream().mapToDouble(Pass::busy).average().orElseThrow(), most, cold.rate(),
          cold.jitSeconds(), cold.busy(), warming.size(),
          warming.stream().mapToDouble(Pass::jitSeconds).sum(), latest.jitSeconds(),
          loadSeconds, ingestSeconds, last.seconds(),
          timings.annotateNanos() / 1e9, timings.planNanos() / 1e9,
          timings.mentionsNanos() / 1e9, timings.eventsNanos() / 1e9, heapPeak >> 20,
          timings.sentences(), timings.parsed(), timings.dated()));
    }
  }

  /**
   * One timed pass over the corpus: its time, counts, stage times, the JIT's compiling, and the
   * share of the pass the coding threads were on a processor (their CPU time ÷ threads × time).
   */
  private record Pass(double seconds, long sentences, long events, Pipeline.Timings timings,
      double jitSeconds, double busy) {
    double rate() {
      return sentences / seconds;
    }
  }

  /** One line on standard error a pass, so that a long run shows where it is. */
  private static void report(String which, int threads, Pass pass) {
    System.err.println(String.format(Locale.ROOT,
        "EndToEnd: %s, %d thread%s: %.1f sentences/s, %.1f s, compiling %.1f s, busy %.2f",
        which, threads, threads == 1 ? "" : "s", pass.rate(), pass.seconds(), pass.jitSeconds(),
        pass.busy()));
  }

  /** Codes every article once on {@code threads} threads, on the clock. */
  private static Pass pass(String mode, int threads, List<Article> articles, Pipeline pipeline,
      Annotator annotator) throws Exception {
    Pipeline.Timings timings = new Pipeline.Timings();
    Coding coding = new Coding(pipeline, Coding.Options.defaults().withTimings(timings));
    AtomicInteger next = new AtomicInteger();
    AtomicLong sentences = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong busy = new AtomicLong();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jit0 = jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime() : -1;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long c0 = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        long cpu0 = cpuNanos();
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          Article a = articles.get(i);
          if (mode.equals("pipeline")) {
            Pipeline.Coded coded = code(coding, a);
            sentences.addAndGet(coded.sentences());
            events.addAndGet(coded.events().size());
          } else {
            List<Sentence> annotated = annotator.annotate(a.codableText(), a.published());
            // Counted as the pipeline counts: sentences with a letter.
            sentences.addAndGet(annotated.stream().filter(s -> s.tokens().stream()
                .anyMatch(tok -> tok.word().codePoints().anyMatch(Character::isLetter)))
                .count());
          }
        }
        busy.addAndGet(cpuNanos() - cpu0);
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - c0) / 1e9;
    pool.shutdown();
    double jitSeconds = jit0 < 0 ? Double.NaN : (jit.getTotalCompilationTime() - jit0) / 1e3;
    return new Pass(seconds, sentences.get(), events.get(), timings, jitSeconds,
        busy.get() / 1e9 / (threads * seconds));
  }

  /** The processor time of the calling thread so far, or 0 where the JVM does not measure it. */
  private static long cpuNanos() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
  }

  /**
   * CoreNLP's standard configuration of the annotators Dyad uses, counted like Dyad's: only
   * the sentences and their tokens, which is all the baseline needs (the time is in {@code
   * annotate}).
   */
  private static Annotator standardCoreNlp() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // As Dyad splits: a blank line ends a sentence, so both count the same sentences.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
    return (text, date) -> {
      Annotation doc = new Annotation(text);
      if (date != null) {
        doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
      }
      corenlp.annotate(doc);
      List<Sentence> out = new ArrayList<>();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
          tokens.add(new Token(tokens.size(), l.word(), l.word(), "", "O", l.beginPosition(),
              l.endPosition()));
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens,
            List.of(), List.of()));
      }
      return out;
    };
  }
}
