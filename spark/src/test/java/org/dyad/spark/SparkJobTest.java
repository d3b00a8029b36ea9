package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import org.dyad.events.EventDate;
import org.junit.jupiter.api.Test;

/** The job's small rules, without Spark: which reading of an article is kept, dates, names. */
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
