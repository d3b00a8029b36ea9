package org.dyad.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Paged and aggregated reads of the store for the HTTP API and the dashboard: a page of events
 * after a cursor, one event with its mentions and articles, actors by name, events per period,
 * and the actor network. Everything is counted and grouped in the store, so an answer's size
 * depends on the page or the number of periods and actors asked for, never on the corpus.
 *
 * <p>Every value from the user is a statement parameter; the only words spliced into SQL come
 * from the enums below. Rows are maps of column name to a JSON-ready value (string, number,
 * boolean or null), in column order. Thread-safe: calls are serialised on the store's one
 * connection, and each takes milliseconds on 100,000 events.
 */
public final class Browse {

  /** The length of a period of a time series. */
  public enum Interval { DAY, WEEK, MONTH }

  /** What a time series counts events by. */
  public enum SeriesKey {
    QUAD("e.quad_class"), ROOT("e.root");

    private final String column;

    SeriesKey(String column) {
      this.column = column;
    }
  }

  /** A page of events and the cursor of the next page (null after the last). */
  public record Page(List<Map<String, Object>> events, long total, String next) {}

  /** One event, its mentions (with evidence) and the articles they come from. */
  public record EventDetail(Map<String, Object> event, List<Map<String, Object>> mentions,
      List<Map<String, Object>> articles) {}

  /** The actor network: edges source to target with counts and mean Goldstein, and nodes. */
  public record Network(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {}

  /**
   * Where the events of a filter took place: {@code located}, how many events have a place
   * (coordinates or a country), and the {@code places}, busiest first.
   */
  public record Places(long located, List<Map<String, Object>> places) {}

  /** How many of a place's codes and actors {@link #places} lists: a tooltip's worth. */
  static final int PLACE_TOP = 3;

  private final Store store;

  public Browse(Store store) {
    this.store = store;
  }

  /**
   * The events of the filter after the cursor (null: from the first), at most {@code size},
   * ordered as {@code dyad events} orders them: by date (undated last), then id.
   *
   * @throws IllegalArgumentException for a cursor this class did not write
   */
  public synchronized Page events(EventFilter f, String cursor, int size) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = Queries.where(f, params);
    long total = count("SELECT count(*) FROM events e" + where, params);
    List<Object> pageParams = new ArrayList<>(params);
    StringBuilder after = new StringBuilder();
    if (cursor != null) {
      Cursor c = Cursor.parse(cursor);
      if (c.date() == null) {
        after.append(" AND e.date IS NULL AND e.id > ?");
        pageParams.add(c.id());
      } else {
        after.append(" AND (e.date > CAST(? AS DATE) OR e.date = CAST(? AS DATE) AND e.id > ?"
            + " OR e.date IS NULL)");
        pageParams.add(c.date().toString());
        pageParams.add(c.date().toString());
        pageParams.add(c.id());
      }
    }
    pageParams.add(size + 1);
    List<Map<String, Object>> rows = rows("SELECT " + Queries.eventColumns("e")
        + ", CAST(e.date AS VARCHAR) AS sort_date FROM events e" + where + after
        + " ORDER BY e.date NULLS LAST, e.id LIMIT ?", pageParams);
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      Map<String, Object> last = rows.get(size - 1);
      Object d = last.get("sort_date");
      next = new Cursor(d == null ? null : LocalDate.parse(d.toString()),
          ((Number) last.get("event_id")).longValue()).text();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      copy.remove("sort_date");
      out.add(copy);
    }
    return new Page(out, total, next);
  }

  /** The event with this id, or empty. */
  public synchronized Optional<EventDetail> event(long id) throws SQLException {
    List<Map<String, Object>> event = rows("SELECT " + Queries.eventColumns("e")
        + " FROM events e WHERE e.id = ?", List.of(id));
    if (event.isEmpty()) {
      return Optional.empty();
    }
    List<Map<String, Object>> mentions = rows("SELECT m.id AS mention_id, a.doc_id AS article,"
        + " m.event_key, " + String.format(Locale.ROOT, Queries.DATE_TEXT, "m") + " AS date,"
        + " m.date_precision, m.date_source, m.cameo, m.cameo_name, m.quad_class, m.goldstein,"
        + " m.mode, m.negated, m.speaker, m.paragraph_index, m.sentence_index, m.sentence,"
        + " m.sentence_begin, m.sentence_end, m.trigger, m.trigger_begin, m.trigger_end, m.rule,"
        + " m.rule_source,"
        + " m.source_id, m.source_code, m.source_name, m.source_text, m.source_resolved_by,"
        + " m.target_id, m.target_code, m.target_name, m.target_text, m.target_resolved_by,"
        + " m.location_name, m.location_country FROM event_mentions em JOIN mentions m ON m.id"
        + " = em.mention_id JOIN articles a ON a.id = m.article_id WHERE em.event_id = ?"
        + " ORDER BY a.published, a.doc_id, m.sentence_index, m.id", List.of(id));
    List<Map<String, Object>> articles = rows("SELECT a.doc_id AS article, a.url, a.publisher,"
        + " a.outlet, CAST(a.published AS VARCHAR) AS published, a.headline, a.dateline,"
        + " a.text FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions em"
        + " JOIN mentions m ON m.id = em.mention_id WHERE em.event_id = ?)"
        + " ORDER BY a.published, a.doc_id", List.of(id));
    return Optional.of(new EventDetail(event.get(0), mentions, articles));
  }

  /**
   * Actors whose name contains the words, whose code starts with them, whose id is them, or
   * that the knowledge base knows by them ({@link ActorTerm}: "Iran" finds what "IRN" finds);
   * most mentioned first, with their counts of mentions and events. No term lists the most
   * mentioned.
   */
  public synchronized List<Map<String, Object>> actors(ActorTerm term, int limit)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    if (term != null) {
      where.append(" WHERE (lower(name) LIKE ? ESCAPE '\\' OR upper(code) LIKE ? ESCAPE '\\'"
          + " OR id = ?");
      params.add("%" + ActorTerm.literal(term.text().toLowerCase(Locale.ROOT)) + "%");
      params.add(ActorTerm.literal(term.text().toUpperCase(Locale.ROOT)) + "%");
      params.add(term.text());
      for (String iso : term.countries()) {
        where.append(" OR country = ? OR upper(code) LIKE ?");
        params.add(iso);
        params.add(iso + "%");
      }
      for (String id : term.ids()) {
        where.append(" OR id = ?");
        params.add(id);
      }
      where.append(')');
    }
    params.add(limit);
    return rows("WITH ev AS (SELECT id, count(*) AS events FROM (SELECT source_id AS id FROM"
        + " events UNION ALL SELECT target_id FROM events WHERE target_id IS NOT NULL) GROUP BY"
        + " id), a AS (SELECT id, arg_max(code, mentions) AS code, arg_max(country, mentions)"
        + " AS country, arg_max(name, mentions) AS name, bool_or(known) AS known,"
        + " sum(mentions) AS mentions FROM actors" + where + " GROUP BY id)"
        + " SELECT a.id, a.code, a.country, a.name, a.known, CAST(a.mentions AS BIGINT) AS"
        + " mentions, coalesce(ev.events, 0) AS events FROM a LEFT JOIN ev ON ev.id = a.id"
        + " ORDER BY a.mentions DESC, a.id LIMIT ?", params);
  }

  /**
   * Dated events of the filter per period, by QuadClass or root code: one row per period and
   * key with {@code period} (the period's first day), {@code key}, {@code events} and
   * {@code mean_goldstein}, in order. Periods without events are left out.
   */
  public synchronized List<Map<String, Object>> series(EventFilter f, Interval interval,
      SeriesKey by) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = Queries.where(f, params);
    String part = interval.name().toLowerCase(Locale.ROOT);
    return rows("SELECT strftime(date_trunc('" + part + "', e.date), '%Y-%m-%d') AS period, "
        + by.column + " AS key, count(*) AS events, round(avg(e.goldstein), 2) AS"
        + " mean_goldstein FROM events e" + where + " AND e.date IS NOT NULL GROUP BY 1, 2"
        + " ORDER BY 1, 2", params);
  }

  /**
   * The {@code limit} busiest directed dyads of the filter (events with a target): edges with
   * {@code events} and {@code mean_goldstein}, and the actors they join as nodes with their
   * events in those edges.
   */
  public synchronized Network network(EventFilter f, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = Queries.where(f, params);
    params.add(limit);
    List<Map<String, Object>> edges = rows("SELECT e.source_id AS source,"
        + " arg_max(e.source_code, e.id) AS source_code, arg_max(e.source_name, e.id) AS"
        + " source_name, e.target_id AS target, arg_max(e.target_code, e.id) AS target_code,"
        + " arg_max(e.target_name, e.id) AS target_name, count(*) AS events,"
        + " round(avg(e.goldstein), 2) AS mean_goldstein FROM events e" + where
        + " AND e.target_id IS NOT NULL GROUP BY e.source_id, e.target_id"
        + " ORDER BY events DESC, source, target LIMIT ?", params);
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    for (Map<String, Object> edge : edges) {
      for (String side : List.of("source", "target")) {
        Map<String, Object> node = nodes.computeIfAbsent((String) edge.get(side), id -> {
          Map<String, Object> n = new LinkedHashMap<>();
          n.put("id", id);
          n.put("code", edge.get(side + "_code"));
          n.put("name", edge.get(side + "_name"));
          n.put("events", 0L);
          return n;
        });
        node.put("events", (Long) node.get("events") + ((Number) edge.get("events")).longValue());
      }
    }
    return new Network(new ArrayList<>(nodes.values()), edges);
  }

  /**
   * The {@code limit} places with the most events of the filter: one row per place ({@code
   * name}, {@code country}, {@code lat}, {@code lon}; coordinates null for an event placed
   * only in a country the gazetteer gave no point) with its {@code events}, {@code
   * mean_goldstein}, its most frequent {@code quad_class}, and its {@link #PLACE_TOP} most
   * frequent {@code codes} ({@code cameo}, {@code cameo_name}, {@code events}) and {@code
   * actors} ({@code id}, {@code code}, {@code name}, {@code events}, as source or target).
   */
  public synchronized Places places(EventFilter f, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = Queries.where(f, params) + " AND (e.lat IS NOT NULL AND e.lon IS NOT NULL"
        + " OR e.location_country IS NOT NULL)";
    long located = count("SELECT count(*) FROM events e" + where, params);
    // A place is its name, country and point; an event placed by country alone has no name
    // or point, so the country's events make one place.
    String key = "coalesce(e.location_name, ''), coalesce(e.location_country, ''),"
        + " e.lat, e.lon";
    String placed = "WITH ev AS (SELECT e.*, dense_rank() OVER (ORDER BY " + key + ") AS"
        + " place FROM events e" + where + "), top AS (SELECT place, count(*) AS events FROM ev"
        + " GROUP BY place ORDER BY events DESC, place LIMIT ?)";
    List<Object> topParams = new ArrayList<>(params);
    topParams.add(limit);
    List<Map<String, Object>> rows = rows(placed + " SELECT ev.place,"
        + " any_value(ev.location_name) AS name, any_value(ev.location_country) AS country,"
        + " any_value(ev.lat) AS lat, any_value(ev.lon) AS lon, count(*) AS events,"
        + " round(avg(ev.goldstein), 2) AS mean_goldstein, mode(ev.quad_class) AS quad_class"
        + " FROM ev JOIN top USING (place) GROUP BY ev.place ORDER BY events DESC, ev.place",
        topParams);
    Map<Long, Map<String, Object>> byPlace = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> place = new LinkedHashMap<>(row);
      byPlace.put((Long) place.remove("place"), place);
      place.put("codes", new ArrayList<Map<String, Object>>());
      place.put("actors", new ArrayList<Map<String, Object>>());
    }
    List<Object> topParams2 = new ArrayList<>(topParams);
    topParams2.add(PLACE_TOP);
    String ranked = " QUALIFY row_number() OVER (PARTITION BY place ORDER BY count(*) DESC, %s)"
        + " <= ? ORDER BY place, events DESC, %s";
    for (Map<String, Object> code : rows(placed + " SELECT ev.place, ev.cameo,"
        + " any_value(ev.cameo_name) AS cameo_name, count(*) AS events FROM ev JOIN top USING"
        + " (place) GROUP BY ev.place, ev.cameo" + String.format(Locale.ROOT, ranked, "cameo",
        "cameo"), topParams2)) {
      add(byPlace, "codes", code);
    }
    for (Map<String, Object> actor : rows(placed + ", side AS (SELECT place, source_id AS id,"
        + " source_code AS code, source_name AS name FROM ev UNION ALL SELECT place, target_id,"
        + " target_code, target_name FROM ev WHERE target_id IS NOT NULL) SELECT side.place,"
        + " side.id, any_value(side.code) AS code, any_value(side.name) AS name, count(*) AS"
        + " events FROM side JOIN top USING (place) GROUP BY side.place, side.id"
        + String.format(Locale.ROOT, ranked, "id", "id"), topParams2)) {
      add(byPlace, "actors", actor);
    }
    return new Places(located, new ArrayList<>(byPlace.values()));
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<Long, Map<String, Object>> byPlace, String list,
      Map<String, Object> row) {
    Map<String, Object> item = new LinkedHashMap<>(row);
    Map<String, Object> place = byPlace.get((Long) item.remove("place"));
    if (place != null) {
      ((List<Map<String, Object>>) place.get(list)).add(item);
    }
  }

  private long count(String sql, List<Object> params) throws SQLException {
    try (PreparedStatement p = prepare(sql, params); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<Map<String, Object>> rows(String sql, List<Object> params) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, params); ResultSet r = p.executeQuery()) {
      ResultSetMetaData md = r.getMetaData();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), value(r.getObject(i)));
        }
        out.add(row);
      }
    }
    return out;
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement p = store.connection().prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      p.setObject(i + 1, params.get(i));
    }
    return p;
  }

  private static Object value(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : d;
    }
    if (v instanceof Float d) {
      return d.isNaN() || d.isInfinite() ? null : d.doubleValue();
    }
    if (v instanceof BigDecimal b) {
      return b.doubleValue();
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    return v.toString();
  }

  /** Where a page ends: the last event's date (null when undated) and id. Opaque to clients. */
  record Cursor(LocalDate date, long id) {

    String text() {
      String raw = (date == null ? "-" : date.toString()) + "~" + id;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor parse(String text) {
      try {
        String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        int sep = raw.indexOf('~');
        if (sep < 0) {
          throw new IllegalArgumentException("not a cursor this server wrote");
        }
        String d = raw.substring(0, sep);
        return new Cursor(d.equals("-") ? null : LocalDate.parse(d),
            Long.parseLong(raw.substring(sep + 1)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException("not a cursor this server wrote", e);
      }
    }
  }
}
