package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The store's events in standard formats: GDELT 2.0's event table, CSV, JSON lines (with each
 * event's mentions) and Parquet partitioned by event month. Reads only.
 */
public final class Exports {

  private final Store store;

  public Exports(Store store) {
    this.store = store;
  }

  /** GDELT 2.0 event rows, tab-separated, no header; returns how many. */
  public int gdelt(Writer out) throws SQLException, IOException {
    String sql = "SELECT id, CAST(date AS VARCHAR) AS date, source_code, source_name,"
        + " source_country, target_code, target_name, target_country, is_root_event, cameo,"
        + " quad_class, goldstein, num_mentions, num_sources, num_articles, location_name,"
        + " location_country, lat, lon, location_adm1, location_precision,"
        + " strftime(date_added, '%Y%m%d%H%M%S') AS added,"
        + " source_url FROM events ORDER BY date NULLS LAST, id";
    int n = 0;
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        Gdelt.Actor target = r.getString("target_name") == null ? null : new Gdelt.Actor(
            r.getString("target_code"), r.getString("target_name"),
            r.getString("target_country"));
        double lat = r.getDouble("lat");
        Double latitude = r.wasNull() ? null : lat;
        double lon = r.getDouble("lon");
        Double longitude = r.wasNull() ? null : lon;
        Gdelt.Row row = new Gdelt.Row(r.getLong("id"), r.getString("date") == null ? null
            : LocalDate.parse(r.getString("date")), new Gdelt.Actor(r.getString("source_code"),
            r.getString("source_name"), r.getString("source_country")), target,
            r.getBoolean("is_root_event"), r.getString("cameo"), r.getInt("quad_class"),
            r.getDouble("goldstein"), r.getInt("num_mentions"), r.getInt("num_sources"),
            r.getInt("num_articles"), r.getString("location_name"),
            r.getString("location_country"), latitude, longitude, r.getString("location_adm1"),
            r.getString("location_precision"), r.getString("added"),
            r.getString("source_url"));
        out.write(String.join("\t", Gdelt.cells(row)));
        out.write('\n');
        n++;
      }
    }
    return n;
  }

  /** One event a row with a header (CSV) or one event a line with its mentions (JSONL). */
  public int events(ResultWriter.Format format, Writer out) throws SQLException, IOException {
    return new Queries(store).events(EventFilter.all(),
        format == ResultWriter.Format.TABLE ? ResultWriter.Format.CSV : format, out);
  }

  /**
   * Parquet files under {@code dir}, one folder per event month ({@code event_month=2022-03},
   * {@code event_month=NULL} for undated events); returns how many events. The folder is made
   * when missing; a store opened for reading must be allowed to write there
   * ({@link Store#openForReading(Path, java.util.Optional)}).
   */
  public long parquet(Path dir) throws SQLException, IOException {
    Files.createDirectories(dir);
    String target = dir.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = store.connection().createStatement()) {
      s.execute("COPY (SELECT " + Queries.eventColumns("e") + ", " + Queries.mentionsJson("e")
          + ", strftime(e.date, '%Y-%m') AS event_month FROM events e ORDER BY e.date, e.id)"
          + " TO '" + target + "' (FORMAT PARQUET, PARTITION_BY (event_month),"
          + " OVERWRITE_OR_IGNORE)");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
