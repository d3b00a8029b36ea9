package org.dyad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dyad.Coding;
import org.dyad.Diagnostic;
import org.dyad.Pipeline;
import org.dyad.corpus.ContentHash;
import org.dyad.corpus.CorpusEvent;
import org.dyad.corpus.Dedup;
import org.dyad.corpus.Outlet;
import org.dyad.corpus.Report;
import org.dyad.events.Event;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;
import scala.Tuple2;

/**
 * Codes a corpus on Apache Spark and writes its event mentions and deduplicated events as
 * Parquet partitioned by month ({@code OUTPUT/events/event_month=2023-05/},
 * {@code OUTPUT/mentions/event_month=2023-05/}). Reads the formats {@code dyad ingest} reads,
 * from any path Hadoop reads (directories recursively), and codes with the same pipeline: the
 * events are the embedded store's for the same input.
 *
 * <p>Stages: files are listed by Hadoop and spread over partitions; each file's bytes go
 * through {@link ArticleSource} and each article through {@link Coding} with the JVM's one
 * {@link Pipeline} ({@link Coders}), as in {@code dyad ingest}; an article read twice (the
 * same URL, or the same content without a URL) is kept once, as the store keeps it; mentions
 * are grouped by their dedup block ({@link Dedup#blockKey}) and each block is clustered by
 * core's own {@link Dedup}, as the store rebuilds a block.
 */
public final class SparkJob {

  /** What a run did, in counts. */
  public record Summary(long files, long articles, long skipped, long nonEnglish,
      long mentions, long events) implements Serializable {
    /** One line for people. */
    public String line() {
      return String.format(Locale.ROOT, "%d files, %d articles coded (%d skipped, %d not in"
          + " English), %d event mentions, %d events", files, articles, skipped, nonEnglish,
          mentions, events);
    }
  }

  /**
   * One article's coded mentions, with what the store's identity rules need: the article's
   * identity (its URL, else its content hash) and its place in the input (path, record).
   */
  record CodedArticle(String identity, boolean byUrl, String order, ArrayList<Row> mentions)
      implements Serializable {}

  private SparkJob() {}

  /**
   * Runs the job: codes {@code inputs} and writes Parquet under {@code output}, which must not
   * exist yet.
   *
   * @param inputs files or directories, any Hadoop path ({@code hdfs://}, {@code s3a://},
   *     {@code file:})
   * @param partitions how many tasks code articles (0: three per core of the cluster)
   */
  public static Summary run(SparkSession spark, List<String> inputs, String output,
      int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    sc.hadoopConfiguration().setBoolean(
        "mapreduce.input.fileinputformat.input.dir.recursive", true);
    LongAccumulator files = sc.sc().longAccumulator("dyad files");
    LongAccumulator articles = sc.sc().longAccumulator("dyad articles");
    LongAccumulator skipped = sc.sc().longAccumulator("dyad skipped");
    LongAccumulator nonEnglish = sc.sc().longAccumulator("dyad not English");

    int tasks = partitions > 0 ? partitions : sc.defaultParallelism() * 3;
    JavaPairRDD<String, PortableDataStream> listed = sc.binaryFiles(String.join(",", inputs))
        .filter(f -> !ArticleSource.documentation(fileName(f._1())));
    // binaryFiles packs small files into few splits; coding is what takes time, so spread them.
    JavaRDD<CodedArticle> coded = listed.repartition(tasks)
        .flatMap(f -> codeFile(f._1(), f._2(), files, articles, skipped, nonEnglish));
    JavaRDD<Row> mentions = coded
        .mapToPair(a -> new Tuple2<>(a.identity(), a))
        .reduceByKey(SparkJob::kept)
        .values()
        .flatMap(a -> a.mentions().iterator());
    JavaRDD<Tuple2<Row, List<Row>>> events = mentions
        .groupBy(Rows::blockKey)
        .flatMap(block -> cluster(block._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.createDataFrame(events.map(Tuple2::_1), Rows.EVENTS).write()
          .mode(SaveMode.ErrorIfExists).partitionBy("event_month")
          .parquet(output + "/events");
      spark.createDataFrame(events.flatMap(e -> e._2().iterator()), Rows.MENTIONS).write()
          .mode(SaveMode.ErrorIfExists).partitionBy("event_month")
          .parquet(output + "/mentions");
      long eventCount = events.count();
      long mentionCount = events.map(e -> (long) e._2().size()).fold(0L, Long::sum);
      return new Summary(files.value(), articles.value(), skipped.value(), nonEnglish.value(),
          mentionCount, eventCount);
    } finally {
      events.unpersist(false);
    }
  }

  /** The last segment of a path. */
  static String fileName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Reads and codes one file's articles; bad input is reported and counted, never thrown. */
  private static Iterator<CodedArticle> codeFile(String path, PortableDataStream bytes,
      LongAccumulator files, LongAccumulator articles, LongAccumulator skipped,
      LongAccumulator nonEnglish) {
    files.add(1);
    Coding coding = new Coding(Coders.pipeline(), Coding.Options.defaults());
    List<CodedArticle> out = new ArrayList<>();
    int record = 0;
    try (ArticleSource source = ArticleSource.open(path, bytes.open(),
        ArticleSource.Options.defaults())) {
      while (source.hasNext()) {
        Coding.Outcome<Pipeline.Coded> outcome = coding.code(source.next());
        record++;
        report(outcome.result().diagnostics());
        if (outcome.result().isSkipped()) {
          skipped.add(1);
          nonEnglish.add(outcome.status() == Coding.Status.NOT_ENGLISH ? 1 : 0);
          continue;
        }
        Pipeline.Coded c = outcome.result().value().get();
        Article article = c.article();
        articles.add(1);
        String hash = ContentHash.of(article);
        String url = article.url().strip();
        Rows.ArticleKey key = new Rows.ArticleKey(article.id(), article.source(), url,
            Outlet.of(article), hash, article.published());
        ArrayList<Row> rows = new ArrayList<>();
        for (Event e : c.events()) {
          rows.add(Rows.mention(key, article, e));
        }
        out.add(new CodedArticle(url.isEmpty() ? "hash:" + hash : "url:" + url,
            !url.isEmpty(), String.format(Locale.ROOT, "%s\n%09d", path, record), rows));
      }
    }
    return out.iterator();
  }

  private static void report(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.severity() != Diagnostic.Severity.INFO) {
        System.err.println("dyad: " + d);
      }
    }
  }

  /**
   * Which of two readings of one article the store would hold: for a URL, the later one (a new
   * version replaces the stored one); for content without a URL, the first (the same content
   * again is already stored). Inputs are ordered by path, then record.
   */
  static CodedArticle kept(CodedArticle a, CodedArticle b) {
    boolean aFirst = a.order().compareTo(b.order()) <= 0;
    return a.byUrl() == aFirst ? b : a;
  }

  /** One dedup block's events, each with its mention rows, as the store rebuilds a block. */
  static List<Tuple2<Row, List<Row>>> cluster(Iterable<Row> block) {
    Map<Long, Row> rows = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    for (Row m : block) {
      rows.put(Rows.mentionId(m), m);
      reports.add(Rows.report(m));
    }
    List<Tuple2<Row, List<Row>>> out = new ArrayList<>();
    for (CorpusEvent ce : Dedup.standard().cluster(reports)) {
      String month = Rows.month(ce.date());
      List<Row> members = new ArrayList<>();
      for (Report r : ce.mentions()) {
        members.add(Rows.inEvent(rows.get(r.mentionId()), ce.id(), month));
      }
      out.add(new Tuple2<>(Rows.event(ce, rows), members));
    }
    return out;
  }

  /**
   * {@code spark-submit --class org.dyad.spark.SparkJob dyad-spark.jar INPUT... OUTPUT
   * [--master URL] [--partitions N]}. Without a master (none given, none from spark-submit)
   * it runs locally on every core.
   */
  public static void main(String[] args) throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    List<String> paths = new ArrayList<>();
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--master" -> master = value(args, ++i, "--master", err);
        case "--partitions" -> {
          String n = value(args, ++i, "--partitions", err);
          try {
            partitions = Integer.parseInt(n);
          } catch (NumberFormatException e) {
            partitions = -1;
          }
          if (partitions < 1) {
            usage(err, "--partitions must be a positive number, not '" + n + "'");
          }
        }
        case "-h", "--help" -> {
          usage(new PrintStream(System.out, true, StandardCharsets.UTF_8), null);
          return;
        }
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() < 2) {
      usage(err, "give at least one INPUT and the OUTPUT folder");
    }
    SparkConf conf = new SparkConf().setAppName("dyad");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (spark.sparkContext().isLocal()) {
      spark.sparkContext().setLogLevel("WARN");
    }
    try {
      Summary s = run(spark, paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1),
          partitions);
      err.println("dyad spark: " + s.line() + "; written to " + paths.get(paths.size() - 1));
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i, String option, PrintStream err) {
    if (i >= args.length) {
      usage(err, option + " needs a value");
    }
    return args[i];
  }

  private static void usage(PrintStream out, String problem) {
    if (problem != null) {
      out.println("dyad spark: " + problem);
    }
    out.println("usage: dyad spark INPUT... OUTPUT [--master URL] [--partitions N]");
    out.println("  codes INPUT (files or folders, any Hadoop path) and writes Parquet:");
    out.println("  OUTPUT/events and OUTPUT/mentions, partitioned by event_month");
    if (problem != null) {
      System.exit(2);
    }
  }
}
