package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.dyad.actors.KnowledgeBase;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Set<String> COUNTRIES = Set.of("UKR", "RUS", "SYR", "USA", "KEN");

  private static Gazetteer load(String... lines) {
    return Gazetteer.load(Tsv.parse("gazetteer.tsv", "# header\n" + String.join("\n", lines)
        + "\n", 7), COUNTRIES::contains);
  }

  private static void assertBad(String expected, String line) {
    DataFileException e = assertThrows(DataFileException.class, () -> load(
        "Kyiv\tUKR\tUA.12\tcapital\t2797553\t50.45\t30.52\t", line));
    assertTrue(e.getMessage().startsWith("gazetteer.tsv line 3: "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void badRowsNameTheirFileAndLine() {
    assertBad("unknown country code 'XXX'", "Nowhere\tXXX\t\tcity\t20000\t1.0\t2.0\t");
    assertBad("kind 'town'", "Irpin\tUKR\tUA.13\ttown\t60000\t50.52\t30.25\t");
    assertBad("population 'many'", "Irpin\tUKR\tUA.13\tcity\tmany\t50.52\t30.25\t");
    assertBad("decimal degrees", "Irpin\tUKR\tUA.13\tcity\t60000\tnorth\t30.25\t");
    assertBad("out of range", "Irpin\tUKR\tUA.13\tcity\t60000\t95.0\t30.25\t");
    assertBad("adm1 'UA-13'", "Irpin\tUKR\tUA-13\tcity\t60000\t50.52\t30.25\t");
    assertBad("expected 8 tab-separated fields", "Irpin\tUKR\tUA.13\tcity\t1\t2\t3\t\tx");
    DataFileException twice = assertThrows(DataFileException.class, () -> load(
        "Kyiv City\tUKR\tUA.12\tregion\t1\t50\t30\t",
        "Kiev\tUKR\tUA.12\tregion\t1\t50\t30\t"));
    assertEquals("gazetteer.tsv line 3: region UA.12 is listed twice", twice.getMessage());
  }

  @Test
  void aSharedNameGoesToTheCountryThenToACityThenToTheMostPopulous() {
    Gazetteer g = load(
        "Donetsk\tRUS\tRU.61\tcity\t50850\t48.34\t39.96\t",
        "Donetsk\tUKR\tUA.05\tcity\t1024700\t48.02\t37.80\t",
        "Donetsk Oblast\tUKR\tUA.05\tregion\t3779647\t48.13\t37.83\tDonetsk",
        "Nairobi\tKEN\tKE.05\tcapital\t2750547\t-1.28\t36.82\t");
    assertEquals("UKR", g.resolve("donetsk", null, null).orElseThrow().country());
    assertEquals(Gazetteer.Kind.CITY, g.resolve("donetsk", "UKR", null).orElseThrow().kind());
    assertEquals("RUS", g.resolve("donetsk", "RUS", null).orElseThrow().country());
    assertEquals(Gazetteer.Kind.REGION,
        g.resolve("donetsk", "UKR", Gazetteer.Kind.REGION).orElseThrow().kind());
    assertEquals("Nairobi", g.capital("KEN").orElseThrow().name());
    assertEquals("Donetsk Oblast", g.region("UA.05").orElseThrow().name());
    assertTrue(g.resolve("kiev", null, null).isEmpty(), "no row, no alias");
    assertEquals("KE.05", g.near("nairobi", "KEN", -1.3, 36.8).orElseThrow().adm1());
    assertTrue(g.near("nairobi", "KEN", 1.3, 36.8).isEmpty(), "over 50 km away");
  }

  /** The shipped file: every country code known, coordinates in range, sizes as built. */
  @Test
  void theShippedGazetteerIsSound() {
    Set<String> known = new HashSet<>();
    Tsv.resource(KnowledgeBase.class, "countries.tsv", 1).forEach(r -> known.add(r.get(0)));
    List<Tsv.Row> rows = Tsv.resource(Gazetteer.class, "gazetteer.tsv", 7);
    List<String> problems = new ArrayList<>();
    Set<String> countriesWithCapital = new HashSet<>();
    for (Tsv.Row r : rows) {
      if (!known.contains(r.get(1))) {
        problems.add("line " + r.line() + ": country " + r.get(1));
      }
      double lat = Double.parseDouble(r.get(5));
      double lon = Double.parseDouble(r.get(6));
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || lat == 0 && lon == 0) {
        problems.add("line " + r.line() + ": coordinates " + lat + ", " + lon);
      }
      if (r.get(3).equals("city") && Long.parseLong(r.get(4)) < 15000) {
        problems.add("line " + r.line() + ": a city of fewer than 15,000 people");
      }
      if (r.get(3).equals("capital")) {
        countriesWithCapital.add(r.get(1));
      }
    }
    assertEquals(List.of(), problems);
    Gazetteer g = Gazetteer.standard();
    assertEquals(rows.size(), g.size());
    assertTrue(rows.size() > 25000, "cities and regions: " + rows.size());
    assertTrue(countriesWithCapital.size() > 200, "capitals: " + countriesWithCapital.size());
    assertEquals("KEN", g.resolve("nairobi", null, null).orElseThrow().country());
    assertEquals("SYR", g.resolve("aleppo", null, null).orElseThrow().country());
    assertEquals("PSE", g.resolve("gaza", null, null).orElseThrow().country());
    assertEquals("XKX", g.capital("XKX").orElseThrow().country());
  }
}
