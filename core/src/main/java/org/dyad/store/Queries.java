package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Read-only questions to the store: events by actor, code, date and words; summary figures;
 * and the user's own SELECT statements.
 */
public final class Queries {

  /**
   * The date as written in output: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP (a season: SP, SU,
   * FA or WI by its first month) or YYYY by its precision.
   */
  static final String DATE_TEXT = "CASE %1$s.date_precision WHEN 'day' THEN strftime(%1$s.date,"
      + " '%%Y-%%m-%%d') WHEN 'week' THEN strftime(%1$s.date, '%%G-W%%V') WHEN 'month' THEN"
      + " strftime(%1$s.date, '%%Y-%%m') WHEN 'season' THEN strftime(%1$s.date, '%%Y-') ||"
      + " ['WI', 'SP', 'SU', 'FA'][(month(%1$s.date) // 3) %% 4 + 1] WHEN 'year' THEN"
      + " strftime(%1$s.date, '%%Y') END";

  /** First words of the statements {@code dyad sql} runs. */
  private static final Set<String> READING = Set.of("SELECT", "WITH", "FROM", "DESCRIBE",
      "SHOW", "SUMMARIZE", "EXPLAIN", "VALUES", "TABLE");

  /** What a refused file, URL, extension or setting is told. */
  static final String SANDBOXED = "refused: a query reads only the store's tables; files, URLs,"
      + " extensions and settings are out of reach";

  private final Store store;

  public Queries(Store store) {
    this.store = store;
  }

  /** The events the filter asks for, with their mentions for JSON lines; returns how many. */
  public int events(EventFilter f, ResultWriter.Format format, Writer out)
      throws SQLException, IOException {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    String columns = format == ResultWriter.Format.TABLE
        ? "e.id, " + String.format(Locale.ROOT, DATE_TEXT, "e") + " AS date, e.source_code AS"
            + " source, e.cameo, e.cameo_name AS event, e.target_code AS target,"
            + " e.num_mentions AS mentions, e.num_sources AS sources, e.num_articles AS articles,"
            + " e.source_name, e.target_name"
        : eventColumns("e") + ", " + mentionsJson("e");
    String sql = "SELECT " + columns + " FROM events e" + where
        + " ORDER BY e.date NULLS LAST, e.id" + (f.limit() > 0 ? " LIMIT " + f.limit() : "");
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        return ResultWriter.write(r, format, out);
      }
    }
  }

  /** The WHERE clause (over events {@code e}) of a filter; its values go to {@code params}. */
  static String where(EventFilter f, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (f.actor() != null) {
      where.append(" AND (").append(f.actor().condition("source", params)).append(" OR ")
          .append(f.actor().condition("target", params)).append(')');
    }
    if (f.source() != null) {
      where.append(" AND ").append(f.source().condition("source", params));
    }
    if (f.target() != null) {
      where.append(" AND ").append(f.target().condition("target", params));
    }
    if (f.code() != null) {
      where.append(" AND e.cameo LIKE ?");
      params.add(f.code() + "%");
    }
    if (f.quad() > 0) {
      where.append(" AND e.quad_class = ?");
      params.add(f.quad());
    }
    if (f.from() != null) {
      where.append(" AND e.date_last >= CAST(? AS DATE)");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND e.date_first <= CAST(? AS DATE)");
      params.add(f.to().toString());
    }
    for (String w : f.words()) {
      where.append(" AND EXISTS (SELECT 1 FROM event_mentions w JOIN mentions wm ON wm.id ="
          + " w.mention_id WHERE w.event_id = e.id AND wm.sentence ILIKE ? ESCAPE '\\')");
      params.add("%" + ActorTerm.literal(w) + "%");
    }
    return where.toString();
  }

  /** The columns of an event in exports and JSON lines, in a fixed order. */
  static String eventColumns(String e) {
    return e + ".id AS event_id, " + String.format(Locale.ROOT, DATE_TEXT, e) + " AS date, "
        + e + ".date_precision, " + e + ".date_source, " + e + ".source_id, " + e
        + ".source_code, " + e + ".source_name, " + e + ".source_country, " + e + ".target_id, "
        + e + ".target_code, " + e + ".target_name, " + e + ".target_country, " + e + ".cameo, "
        + e + ".cameo_name, " + e + ".root, " + e + ".quad_class, " + e + ".goldstein, " + e
        + ".plover_type, " + e + ".mode, " + e + ".location_name, " + e + ".location_country, "
        + e + ".lat, " + e + ".lon, " + e + ".num_mentions, " + e + ".num_sources, " + e
        + ".num_articles, " + e + ".is_root_event, " + e + ".source_url";
  }

  /**
   * The fields of each mention in an event's {@code mentions} JSON (the store's exports and the
   * Spark job's events), in order: the mention's id, its article (doc id, URL, outlet), and the
   * event columns of that name ({@link EventColumns}), the date written as {@link #DATE_TEXT}.
   */
  public static final List<String> MENTION_FIELDS = List.of("mention_id", "article", "url",
      "outlet", "event_key", "date", "cameo", "sentence_index", "sentence", "trigger", "rule",
      "rule_source");

  /** The event's mentions as a JSON array, earliest article first. */
  static String mentionsJson(String e) {
    StringBuilder fields = new StringBuilder();
    for (String f : MENTION_FIELDS) {
      String value = switch (f) {
        case "mention_id" -> "m.id";
        case "article" -> "a.doc_id";
        case "url", "outlet" -> "a." + f;
        case "date" -> String.format(Locale.ROOT, DATE_TEXT, "m");
        default -> "m." + EventColumns.column(f).name();
      };
      fields.append(fields.length() == 0 ? "" : ", ").append('\'').append(f).append("': ")
          .append(value);
    }
    return "(SELECT to_json(list({" + fields + "} ORDER BY a.published, a.doc_id,"
        + " m.sentence_index, m.id)) FROM event_mentions em JOIN mentions m ON m.id ="
        + " em.mention_id JOIN articles a ON a.id = m.article_id WHERE em.event_id = " + e
        + ".id) AS mentions";
  }

  /** Figures of the store for people: counts, date range, top dyads and codes. */
  public String stats() throws SQLException {
    StringBuilder b = new StringBuilder();
    b.append("store           ").append(store.path()).append(" (schema version ")
        .append(store.schemaVersion()).append(")\n");
    b.append("articles        ").append(count("SELECT count(*) FROM articles")).append('\n');
    b.append("near-duplicates ").append(count("SELECT count(*) FROM article_links WHERE kind ="
        + " 'near-duplicate'")).append(" pairs\n");
    b.append("mentions        ").append(count("SELECT count(*) FROM mentions")).append('\n');
    b.append("events          ").append(count("SELECT count(*) FROM events")).append(" (")
        .append(count("SELECT count(*) FROM events WHERE num_articles > 1"))
        .append(" reported by more than one article)\n");
    b.append("actors          ").append(count("SELECT count(DISTINCT id) FROM actors"))
        .append('\n');
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT min(date_first), max(date_last) FROM events")) {
      r.next();
      b.append("dates           ").append(r.getString(1) == null ? "-"
          : r.getString(1) + " to " + r.getString(2)).append('\n');
    }
    b.append("\ntop dyads (events)\n");
    top(b, "SELECT coalesce(source_code, source_name) || ' -> ' || coalesce(target_code,"
        + " target_name, '-'), count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10");
    b.append("\ntop CAMEO codes (events)\n");
    top(b, "SELECT cameo || ' ' || cameo_name, count(*) AS n FROM events GROUP BY 1"
        + " ORDER BY n DESC, 1 LIMIT 10");
    return b.toString();
  }

  private long count(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private void top(StringBuilder b, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        b.append(String.format(Locale.ROOT, "  %5d  %s%n", r.getLong(2), r.getString(1)));
      }
    }
  }

  /**
   * Why a statement is not one {@code dyad sql} runs, or null when it is: one statement that
   * reads (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, VALUES, TABLE).
   */
  public static String refusal(String sql) {
    String s = sql.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return "no statement given";
    }
    String first = s.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
    if (!READING.contains(first)) {
      return "only statements that read are run (SELECT, WITH, FROM, DESCRIBE, SHOW,"
          + " SUMMARIZE, EXPLAIN); '" + first + "' would change something";
    }
    if (s.contains(";")) {
      return "one statement at a time";
    }
    return null;
  }

  /**
   * Runs one reading statement (check {@link #refusal} first); returns the rows written. A
   * statement that reaches beyond the store (a file, a URL, an extension, a setting) fails with
   * a message saying that this is refused on purpose ({@link Sandbox}).
   */
  public int sql(String sql, ResultWriter.Format format, Writer out)
      throws SQLException, IOException {
    String s = sql.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    try (Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery(s)) {
      return ResultWriter.write(r, format, out);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("Permission Error") || m.contains("configuration has been locked")) {
        throw new SQLException(SANDBOXED + " (" + Store.firstLine(e) + ")", e);
      }
      throw e;
    }
  }
}
