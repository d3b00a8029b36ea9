package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.Digests;
import org.dyad.actors.ActorRef;
import org.dyad.corpus.CorpusEvent;
import org.dyad.corpus.Dedup;
import org.dyad.corpus.Report;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Location;
import org.dyad.ingest.Article;
import org.dyad.store.EventColumns;
import org.dyad.store.Ingester;
import org.dyad.store.Queries;

/**
 * The job's two tables as Spark rows: event mentions (the store's {@code mentions} table, with
 * the article's identity in place of its row id, and the event each mention belongs to) and
 * deduplicated events (the columns of the store's Parquet export). Pure and thread-safe.
 *
 * <p>Design decision: a mention is turned into a row exactly as the store binds it, and back
 * into an {@link Event} exactly as the store reads it ({@code Ingester.event}), so that
 * {@link Dedup} sees the same mentions here as in the store and gives the same events.
 */
final class Rows {

  private Rows() {}

  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final DataType L = DataTypes.LongType;
  private static final DataType D = DataTypes.DoubleType;
  private static final DataType B = DataTypes.BooleanType;
  private static final DataType DAY = DataTypes.DateType;

  /**
   * Event mentions, partitioned by the month of their event: the article's identity, then the
   * event's columns as the store's {@code mentions} table holds them ({@link EventColumns}).
   */
  static final StructType MENTIONS = mentions();

  private static StructType mentions() {
    List<StructField> fields = new ArrayList<>(Arrays.asList(schema("mention_id", L,
        "event_id", L, "article", S, "article_source", S, "url", S, "outlet", S,
        "content_hash", S, "published", DAY, "paragraph_index", I).fields()));
    for (EventColumns.Column c : EventColumns.ALL) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    fields.add(DataTypes.createStructField("event_month", S, true));
    return DataTypes.createStructType(fields);
  }

  private static DataType type(EventColumns.Type t) {
    return switch (t) {
      case VARCHAR -> S;
      case INTEGER -> I;
      case DOUBLE -> D;
      case BOOLEAN -> B;
      case DATE -> DAY;
    };
  }

  /** Deduplicated events: the columns of {@code Exports.parquet}, in its order. */
  static final StructType EVENTS = schema(
      "event_id", L, "date", S, "date_precision", S, "date_source", S, "source_id", S,
      "source_code", S, "source_name", S, "source_country", S, "target_id", S,
      "target_code", S, "target_name", S, "target_country", S, "cameo", S, "cameo_name", S,
      "root", S, "quad_class", I, "goldstein", D, "plover_type", S, "mode", S,
      "location_name", S, "location_country", S, "lat", D, "lon", D, "num_mentions", I,
      "num_sources", I, "num_articles", I, "is_root_event", B, "source_url", S,
      "mentions", S, "event_month", S);

  private static StructType schema(Object... nameType) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < nameType.length; i += 2) {
      fields.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1],
          true));
    }
    return DataTypes.createStructType(fields);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a mention row needs of its article (as the store's {@code articles} row holds it). */
  record ArticleKey(String docId, String source, String url, String outlet, String contentHash,
      LocalDate published) implements java.io.Serializable {}

  /** A mention row as the store's ingester binds it; its event is not known yet. */
  static Row mention(ArticleKey a, Article article, Event e) {
    List<Object> v = new ArrayList<>(MENTIONS.size());
    v.add(mentionId(a, e));
    v.add(null);
    v.add(a.docId());
    v.add(a.source());
    v.add(a.url());
    v.add(a.outlet());
    v.add(a.contentHash());
    v.add(a.published());
    v.add(Ingester.paragraphOf(article, e));
    for (EventColumns.Column c : EventColumns.ALL) {
      v.add(c.of(e));
    }
    v.add(null);
    return RowFactory.create(v.toArray());
  }

  /**
   * A mention's id: 53 bits of SHA-256 of its article's source, article id and event key
   * (the store numbers mentions in the order it stores them; a cluster has no such order).
   */
  static long mentionId(ArticleKey a, Event e) {
    return Digests.id53(a.source() + "\n" + a.docId() + "\n" + e.id());
  }

  private static <T> T get(Row r, String column) {
    return r.getAs(MENTIONS.fieldIndex(column));
  }

  static String blockKey(Row mention) {
    return get(mention, "block_key");
  }

  static long mentionId(Row mention) {
    return get(mention, "mention_id");
  }

  /** The mention as the dedup sees it: the store's {@code Report} of a mentions row. */
  static Report report(Row m) {
    return new Report(mentionId(m), event(m), get(m, "content_hash"), get(m, "outlet"));
  }

  /** The coded event a mention row holds, read back as the store's ingester reads it. */
  static Event event(Row r) {
    return EventColumns.event(get(r, "article"), column -> get(r, column));
  }

  /**
   * The mention row of an event as it is written: its event id and month filled in, its days
   * as the {@code java.sql.Date} Spark's row encoder takes.
   */
  static Row inEvent(Row mention, long eventId, String month) {
    Object[] v = new Object[mention.size()];
    for (int i = 0; i < v.length; i++) {
      Object x = mention.get(i);
      v[i] = x instanceof LocalDate d ? java.sql.Date.valueOf(d) : x;
    }
    v[MENTIONS.fieldIndex("event_id")] = eventId;
    v[MENTIONS.fieldIndex("event_month")] = month;
    return RowFactory.create(v);
  }

  /**
   * The event row of a cluster, as the store's ingester binds it and its export selects it.
   *
   * @param rows the cluster's mention rows by mention id
   */
  static Row event(CorpusEvent ce, Map<Long, Row> rows) {
    Event e = ce.representative().event();
    Row rep = rows.get(ce.representative().mentionId());
    List<Object> v = new ArrayList<>(EVENTS.size());
    v.add(ce.id());
    v.add(ce.date().value());
    v.add(lower(ce.date().precision()));
    v.add(lower(ce.date().source()));
    ActorRef s = e.source();
    ActorRef t = e.target();
    v.add(s == null ? null : s.id());
    v.add(s == null ? null : s.code());
    v.add(s == null ? null : s.name());
    v.add(s == null ? null : s.country());
    v.add(t == null ? null : t.id());
    v.add(t == null ? null : t.code());
    v.add(t == null ? null : t.name());
    v.add(t == null ? null : t.country());
    v.add(ce.cameo().code().value());
    v.add(ce.cameo().name());
    v.add(ce.cameo().code().root());
    v.add(ce.cameo().quadClass());
    v.add(ce.cameo().goldstein());
    v.add(ce.ploverType());
    v.add(e.mode().label());
    Location l = ce.location();
    v.add(l == null ? null : l.name());
    v.add(l == null ? null : l.country());
    v.add(l == null ? null : l.lat());
    v.add(l == null ? null : l.lon());
    v.add(ce.numMentions());
    v.add(ce.numSources());
    v.add(ce.numArticles());
    v.add(ce.mentions().stream().anyMatch(r ->
        (Integer) get(rows.get(r.mentionId()), "paragraph_index") == 0));
    String url = get(rep, "url");
    v.add(url.isEmpty() ? get(rep, "article_source") : url);
    v.add(mentionsJson(ce, rows));
    v.add(month(ce.date()));
    return RowFactory.create(v.toArray());
  }

  /** The month an event is filed under ({@code 2023-05}), or null for an undated event. */
  static String month(EventDate d) {
    return d.date() == null ? null
        : String.format(Locale.ROOT, "%04d-%02d", d.date().getYear(), d.date().getMonthValue());
  }

  /** The event's mentions as the store's export writes them: a JSON array, earliest first. */
  private static String mentionsJson(CorpusEvent ce, Map<Long, Row> rows) {
    List<Row> ms = new ArrayList<>();
    for (Report r : ce.mentions()) {
      ms.add(rows.get(r.mentionId()));
    }
    ms.sort(Comparator.comparing((Row m) -> (LocalDate) get(m, "published"),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> (String) get(m, "article"))
        .thenComparingInt(m -> (Integer) get(m, "sentence_index"))
        .thenComparingLong(Rows::mentionId));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row m : ms) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (String f : Queries.MENTION_FIELDS) {
        o.put(f, switch (f) {
          case "mention_id" -> mentionId(m);
          case "date" -> event(m).date().value();
          default -> get(m, f);
        });
      }
      out.add(o);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("maps of strings and numbers always serialise", x);
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
