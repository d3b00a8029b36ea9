package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.dyad.corpus.Events;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The job's rules without a Spark cluster: which reading of an article is kept, how one
 * dedup block's mention rows become event rows (real events, their counts and months), dates,
 * names.
 */
class SparkJobTest {

  private static SparkJob.CodedArticle read(String identity, boolean byUrl, String order) {
    return new SparkJob.CodedArticle(identity, byUrl, order, new ArrayList<>());
  }

  @Test
  void aUrlKeepsItsLastVersionAndContentWithoutUrlItsFirstReading() {
    SparkJob.CodedArticle first = read("url:https://x/1", true, "file:/a\n000000001");
    SparkJob.CodedArticle later = read("url:https://x/1", true, "file:/b\n000000001");
    assertSame(later, SparkJob.kept(first, later));
    assertSame(later, SparkJob.kept(later, first));
    SparkJob.CodedArticle one = read("hash:ab", false, "file:/a\n000000002");
    SparkJob.CodedArticle two = read("hash:ab", false, "file:/a\n000000010");
    assertSame(one, SparkJob.kept(one, two));
    assertSame(one, SparkJob.kept(two, one));
  }

  /** A mention row of a hand-made event of article {@code id}, published 2023-05-17. */
  private static Row mention(String id, String outlet, Event e) {
    Article article = Article.ofText(id, id + ".txt", e.evidence().sentence(),
        LocalDate.of(2023, 5, 17));
    return Rows.mention(new Rows.ArticleKey(id, id + ".txt", "", outlet, "hash-" + id,
        article.published()), article, e);
  }

  /** A column of an event row (rows built by RowFactory carry no schema of their own). */
  private static Object event(Row r, String column) {
    return r.get(Rows.EVENTS.fieldIndex(column));
  }

  @Test
  void oneMeetingReportedByTwoOutletsClustersIntoOneEventOfTwoArticles() {
    List<Row> rows = List.of(
        mention("a1", "nilewire", Events.event("a1", 0, "EGYGOV", "JORGOV", "040",
            Events.day("2023-05-16"), "met", "Shoukry met Safadi in Cairo.")),
        mention("a2", "desertpost", Events.event("a2", 0, "EGYGOV", "JORGOV", "040",
            Events.day("2023-05-16"), "held talks", "Shukri held talks with al-Safadi.")),
        mention("a3", "nilewire", Events.event("a3", 0, "EGYGOV", "JORGOV", "040",
            Events.day("2023-08-01"), "met", "Shoukry met Safadi again in Amman.")));
    Map<String, List<Row>> blocks = new TreeMap<>();
    for (Row r : rows) {
      blocks.computeIfAbsent(Rows.blockKey(r), k -> new ArrayList<>()).add(r);
    }
    List<Tuple2<Row, List<Row>>> events = new ArrayList<>();
    for (List<Row> block : blocks.values()) {
      events.addAll(SparkJob.cluster(block));
    }
    assertEquals(2, events.size(), events.toString());
    events.sort(Comparator.comparing(t -> (String) event(t._1(), "date")));
    Row may = events.get(0)._1();
    assertEquals("2023-05-16", event(may, "date"));
    assertEquals("EGYGOV", event(may, "source_code"));
    assertEquals("JORGOV", event(may, "target_code"));
    assertEquals("040", event(may, "cameo"));
    assertEquals(2, event(may, "num_mentions"));
    assertEquals(2, event(may, "num_articles"));
    assertEquals(2, event(may, "num_sources"));
    assertEquals("2023-05", event(may, "event_month"));
    // Each mention row of the event carries the event's id and month.
    List<Row> members = events.get(0)._2();
    assertEquals(2, members.size());
    for (Row m : members) {
      assertEquals(event(may, "event_id"), m.get(Rows.MENTIONS.fieldIndex("event_id")));
      assertEquals("2023-05", m.get(Rows.MENTIONS.fieldIndex("event_month")));
    }
    Row august = events.get(1)._1();
    assertEquals("2023-08-01", event(august, "date"));
    assertEquals(1, event(august, "num_articles"));
  }

  @Test
  void datesAreWrittenAsPreciselyAsTheStoreWritesThem() {
    LocalDate d = LocalDate.of(2021, 1, 2);
    assertEquals("2021-01-02", new EventDate(d, EventDate.Precision.DAY,
        EventDate.Source.TEXT).value());
    // 2 January 2021 is in ISO week 53 of 2020, as DuckDB's %G-W%V says.
    assertEquals("2020-W53", new EventDate(d, EventDate.Precision.WEEK,
        EventDate.Source.TEXT).value());
    assertEquals("2021-01", new EventDate(d, EventDate.Precision.MONTH,
        EventDate.Source.TEXT).value());
    assertEquals("2021", new EventDate(d, EventDate.Precision.YEAR,
        EventDate.Source.TEXT).value());
    assertNull(EventDate.unknown().value());
    assertNull(Rows.month(EventDate.unknown()));
    assertEquals("2021-01", Rows.month(new EventDate(d, EventDate.Precision.YEAR,
        EventDate.Source.TEXT)));
  }

  @Test
  void fileNamesAreTheLastSegmentOfAnyPath() {
    assertEquals("a.txt", SparkJob.fileName("hdfs://nn:8020/corpus/a.txt"));
    assertEquals("README.md", SparkJob.fileName("file:/x/README.md"));
    assertEquals("corpus", SparkJob.fileName("s3a://bucket/corpus/"));
  }
}
