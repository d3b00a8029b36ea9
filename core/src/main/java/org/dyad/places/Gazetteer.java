package org.dyad.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.Tsv;
import org.dyad.actors.Names;

/**
 * The world gazetteer: every capital, every city of 15,000 people or more and the first-level
 * regions of every country, with coordinates, from GeoNames ({@code gazetteer.tsv}, generated
 * by {@code scripts/gazetteer.sh}; CC BY 4.0). It only places events: it never names an actor,
 * which the hand-typed {@code actors/places.tsv} alone does. Immutable and thread-safe.
 *
 * <p>Design decision: a name is looked up by its {@link Names#key} (case, diacritics,
 * hyphens), and a name several rows share ("Donetsk", "Washington") is decided by the caller's
 * country first, then a city over a region, then population ({@link #resolve}).
 */
public final class Gazetteer {

  /** What a row is. */
  public enum Kind { CAPITAL, CITY, REGION }

  /**
   * One place.
   *
   * @param adm1 GeoNames' first-level region code, {@code COUNTRY.CODE} ("US.NY"), or ""
   * @param population GeoNames' population; a region's is the sum of its cities'
   */
  public record Entry(String name, String country, String adm1, Kind kind, long population,
      double lat, double lon) {}

  private static final Set<String> KINDS = Set.of("capital", "city", "region");

  private final Map<String, List<Entry>> byKey;
  private final Map<String, Entry> capitals;
  private final Map<String, Entry> regions;
  private final int size;

  private Gazetteer(Map<String, List<Entry>> byKey, Map<String, Entry> capitals,
      Map<String, Entry> regions, int size) {
    this.byKey = byKey;
    this.capitals = capitals;
    this.regions = regions;
    this.size = size;
  }

  /** The gazetteer shipped with Dyad, loaded once per JVM on first use. */
  public static Gazetteer standard() {
    return Standard.GAZETTEER;
  }

  /** Loaded on first use: a run that places no event never reads the file. */
  private static final class Standard {
    static final Gazetteer GAZETTEER = load(Tsv.resource(Gazetteer.class, "gazetteer.tsv", 7),
        Set.copyOf(Tsv.resource(org.dyad.actors.KnowledgeBase.class, "countries.tsv", 1)
            .stream().map(r -> r.get(0)).toList())::contains);
  }

  /**
   * Builds a gazetteer from parsed rows of the columns of {@code gazetteer.tsv}.
   *
   * @param knownCountry whether a country code is one Dyad knows
   * @throws org.dyad.DataFileException naming the file and line of a bad row
   */
  public static Gazetteer load(List<Tsv.Row> rows, Predicate<String> knownCountry) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    Map<String, Entry> capitals = new HashMap<>();
    Map<String, Entry> regions = new HashMap<>();
    for (Tsv.Row r : rows) {
      if (r.fields().size() < 7 || r.fields().size() > 8) {
        throw r.error("expected 8 tab-separated fields, found " + r.fields().size());
      }
      String name = r.get(0);
      if (name.isEmpty()) {
        throw r.error("empty name");
      }
      if (!knownCountry.test(r.get(1))) {
        throw r.error("unknown country code '" + r.get(1) + "'");
      }
      String adm1 = r.get(2);
      if (!adm1.isEmpty() && !adm1.matches("[A-Z]{2}\\.[A-Za-z0-9]+")) {
        throw r.error("adm1 '" + adm1 + "' is not COUNTRY.CODE (\"US.NY\")");
      }
      if (!KINDS.contains(r.get(3))) {
        throw r.error("kind '" + r.get(3) + "' is none of capital, city, region");
      }
      Kind kind = Kind.valueOf(r.get(3).toUpperCase(Locale.ROOT));
      long population;
      double lat;
      double lon;
      try {
        population = Long.parseLong(r.get(4));
      } catch (NumberFormatException e) {
        throw r.error("population '" + r.get(4) + "' is not a whole number");
      }
      try {
        lat = Double.parseDouble(r.get(5));
        lon = Double.parseDouble(r.get(6));
      } catch (NumberFormatException e) {
        throw r.error("latitude and longitude must be decimal degrees");
      }
      if (population < 0 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw r.error("out of range: population " + population + ", coordinates " + lat
            + ", " + lon);
      }
      Entry e = new Entry(name, r.get(1), adm1, kind, population, lat, lon);
      add(byKey, name, e);
      r.list(7).forEach(alias -> add(byKey, alias, e));
      if (kind == Kind.CAPITAL) {
        capitals.merge(e.country(), e, (a, b) -> a.population() >= b.population() ? a : b);
      }
      if (kind == Kind.REGION && !adm1.isEmpty() && regions.put(adm1, e) != null) {
        throw r.error("region " + adm1 + " is listed twice");
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(Map.copyOf(byKey), Map.copyOf(capitals), Map.copyOf(regions),
        rows.size());
  }

  private static void add(Map<String, List<Entry>> byKey, String name, Entry e) {
    String key = Names.key(Names.pieces(name));
    if (!key.isEmpty()) {
      List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(e)) {
        list.add(e);
      }
    }
  }

  /** How many rows the gazetteer has. */
  public int size() {
    return size;
  }

  /** Every place a name may denote, as {@link Names#key} keys it ("kyiv"). */
  public List<Entry> named(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /**
   * The one place a name denotes: of the rows named so, those in {@code country} when it has
   * any, then those of the {@code preferred} kind (a region for "Aleppo province"), then a
   * capital or city over a region, then the most populous.
   *
   * @param country the event's or story's country, or null
   * @param preferred the kind the words ask for, or null
   */
  public Optional<Entry> resolve(String key, String country, Kind preferred) {
    List<Entry> all = named(key);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> local = all.stream().filter(e -> e.country().equals(country)).toList();
    List<Entry> pool = local.isEmpty() ? all : local;
    Comparator<Entry> order = Comparator.comparing((Entry e) -> preferred != null
        && (e.kind() == preferred || preferred == Kind.CITY && e.kind() == Kind.CAPITAL) ? 0 : 1)
        .thenComparing(e -> e.kind() == Kind.REGION ? 1 : 0)
        .thenComparing(Comparator.comparingLong(Entry::population).reversed());
    return pool.stream().min(order);
  }

  /** A country's capital, if the gazetteer has it. */
  public Optional<Entry> capital(String country) {
    return Optional.ofNullable(capitals.get(country));
  }

  /** The first-level region of a GeoNames code ("US.NY"), if the gazetteer has it. */
  public Optional<Entry> region(String adm1) {
    return Optional.ofNullable(regions.get(adm1));
  }

  /**
   * The row of a place named so in that country nearest to a point, within 50 km: how a
   * hand-typed place of {@code places.tsv} finds its first-level region.
   */
  public Optional<Entry> near(String key, String country, double lat, double lon) {
    return named(key).stream().filter(e -> e.country().equals(country))
        .filter(e -> km(e.lat(), e.lon(), lat, lon) <= 50)
        .min(Comparator.comparingDouble(e -> km(e.lat(), e.lon(), lat, lon)));
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
