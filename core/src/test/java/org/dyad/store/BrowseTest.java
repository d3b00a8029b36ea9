package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Browse#places}: the map's events per place, over events written straight to a store. */
class BrowseTest {

  @TempDir
  Path dir;

  private static long id;

  /** An event from source to target with this code, at a place (any part may be null). */
  private static void event(Store s, String source, String target, String cameo, int quad,
      String place, String country, Double lat, Double lon) throws Exception {
    try (PreparedStatement p = s.connection().prepareStatement("INSERT INTO events (id,"
        + " block_key, date, date_precision, date_source, cameo, cameo_name, root, quad_class,"
        + " goldstein, mode, source_id, source_code, source_name, target_id, target_code,"
        + " target_name, location_name, location_country, lat, lon, num_mentions, num_sources,"
        + " num_articles, is_root_event, representative, source_url, date_added) VALUES (?, 'k',"
        + " DATE '2024-01-02', 'day', 'text', ?, 'name of ' || ?, substr(?, 1, 2), ?, 1.0,"
        + " 'asserted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, true, 0, '', TIMESTAMP"
        + " '2024-01-02 00:00:00')")) {
      Object[] values = {++id, cameo, cameo, cameo, quad, source, source, source + " name",
          target, target, target == null ? null : target + " name", place, country, lat, lon};
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      p.executeUpdate();
    }
  }

  @Test
  void placesCountTheirEventsCodesAndActorsBusiestFirst() throws Exception {
    try (Store s = Store.openForWriting(dir.resolve("dyad.duckdb"))) {
      event(s, "EGY", "JOR", "040", 1, "Cairo", "EGY", 30.04, 31.24);
      event(s, "EGY", "ISR", "111", 3, "Cairo", "EGY", 30.04, 31.24);
      event(s, "JOR", "EGY", "040", 1, "Cairo", "EGY", 30.04, 31.24);
      event(s, "SYR", null, "190", 4, null, "SYR", null, null);
      event(s, "IRN", "ISR", "111", 3, null, null, null, null);
      Browse.Places places = new Browse(s).places(EventFilter.all(), 10);
      assertEquals(4, places.located());
      assertEquals(2, places.places().size());
      Map<String, Object> cairo = places.places().get(0);
      assertEquals("Cairo", cairo.get("name"));
      assertEquals(3L, cairo.get("events"));
      assertEquals(1L, cairo.get("quad_class"));
      assertEquals(List.of(Map.of("cameo", "040", "cameo_name", "name of 040", "events", 2L),
          Map.of("cameo", "111", "cameo_name", "name of 111", "events", 1L)),
          cairo.get("codes"));
      List<?> actors = (List<?>) cairo.get("actors");
      assertEquals(Browse.PLACE_TOP, actors.size());
      assertEquals(Map.of("id", "EGY", "code", "EGY", "name", "EGY name", "events", 3L),
          actors.get(0));
      // Placed by its country alone: no name, no point; the server gives the country's.
      Map<String, Object> syria = places.places().get(1);
      assertNull(syria.get("name"));
      assertEquals("SYR", syria.get("country"));
      assertNull(syria.get("lat"));
      assertEquals(1L, syria.get("events"));

      EventFilter quad3 = new EventFilter(null, null, null, null, 3, null, null, List.of(), 0);
      Browse.Places conflict = new Browse(s).places(quad3, 10);
      assertEquals(1, conflict.located());
      assertEquals(1, new Browse(s).places(EventFilter.all(), 1).places().size());
    }
  }
}
