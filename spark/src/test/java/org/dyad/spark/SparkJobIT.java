package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dyad.Coding;
import org.dyad.Pipeline;
import org.dyad.corpus.Dedup;
import org.dyad.ingest.ArticleSource;
import org.dyad.store.Exports;
import org.dyad.store.Ingester;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against the embedded store on the same input: the same
 * events (ids, actors, codes, dates, counts, places), column for column of the store's
 * Parquet export, and the same mentions.
 */
class SparkJobIT {

  @TempDir
  Path dir;

  /** Columns both exports hold alike (source_url names the file as each reader names it). */
  private static final String COLUMNS = "event_id, date, date_precision, date_source,"
      + " source_id, source_code, source_name, source_country, target_id, target_code,"
      + " target_name, target_country, cameo, cameo_name, root, quad_class, goldstein,"
      + " plover_type, mode, location_name, location_country, lat, lon, num_mentions,"
      + " num_sources, num_articles, is_root_event, event_month";

  private static Path repo(String relative) {
    Path p = Path.of("..").resolve(relative);
    return Files.exists(p) ? p : Path.of(relative);
  }

  @Test
  void theJobGivesTheStoresEventsOnTheSameInput() throws Exception {
    List<Path> inputs = List.of(repo("app/src/test/resources/store/same-event"),
        repo("samples/news"));
    Path db = dir.resolve("store.duckdb");
    Path storeExport = dir.resolve("store-parquet");
    long storeMentions;
    try (Store store = Store.openForWriting(db)) {
      Ingester ingester = new Ingester(store, Dedup.standard(),
          Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
      Coding coding = new Coding(Coders.pipeline(), Coding.Options.defaults());
      try (ArticleSource source = ArticleSource.open(inputs, ArticleSource.Options.defaults())) {
        while (source.hasNext()) {
          Optional<Pipeline.Coded> coded = coding.code(source.next()).result().value();
          if (coded.isPresent()) {
            Pipeline.Coded c = coded.get();
            ingester.store(c.article(), c.sentences(), c.events(), false);
          }
        }
      }
      new Exports(store).parquet(storeExport);
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM mentions")) {
        r.next();
        storeMentions = r.getLong(1);
      }
    }

    SparkSession spark = SparkSession.builder().master("local[2]").appName("dyad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .getOrCreate();
    try {
      Path out = dir.resolve("spark-out");
      SparkJob.Summary summary = SparkJob.run(spark, inputs.stream()
          .map(p -> p.toAbsolutePath().normalize().toString()).toList(), out.toString(), 4);
      assertEquals(17, summary.articles(), summary.line());

      Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
      Dataset<Row> expected = spark.read().parquet(storeExport.toString())
          .withColumn("event_month", functions.expr("nullif(event_month, 'NULL')"));
      List<String> got = rows(events.selectExpr(COLUMNS.split(", ")));
      List<String> want = rows(expected.selectExpr(COLUMNS.split(", ")));
      assertTrue(want.size() > 40, "store events: " + want.size());
      assertEquals(want, got);
      assertEquals(want.size(), summary.events());
      assertEquals(Arrays.asList(events.columns()), Arrays.asList(expected.columns()),
          "the store's export columns, in its order");
      // Shoukry and Safadi's meeting, told by two outlets, is one event of two articles.
      assertEquals(1, events.where("source_id = 'sameh-shoukry' AND target_id = 'ayman-safadi'"
          + " AND date = '2023-05-16' AND num_articles = 2 AND num_sources = 2").count());
      assertTrue(Files.isDirectory(out.resolve("events/event_month=2023-05")));

      Dataset<Row> mentions = spark.read().parquet(out.resolve("mentions").toString());
      assertEquals(storeMentions, mentions.count());
      assertEquals(storeMentions, summary.mentions());
      assertEquals(0, mentions.join(events, mentions.col("event_id")
          .equalTo(events.col("event_id")), "left_anti").count(), "every mention has its event");
      assertEquals(want.size(), mentions.select("event_id").distinct().count());
      assertEquals(0, mentions.where("rule_source NOT RLIKE '^patterns\\\\.tsv:[0-9]+$'")
          .count(), "every mention names its pattern's line");
    } finally {
      spark.stop();
    }
  }

  private static List<String> rows(Dataset<Row> d) {
    List<String> out = new ArrayList<>();
    for (Row r : d.collectAsList()) {
      out.add(r.mkString("|"));
    }
    out.sort(null);
    return out;
  }
}
