package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.Tsv;
import org.dyad.actors.KnowledgeBase;

/**
 * The GDELT 2.0 event table layout: 61 tab-separated columns, no header, so that tools written
 * for GDELT read Dyad's events. {@code docs/GDELT.md} says how each column is filled. Pure.
 */
public final class Gdelt {

  /** The 61 columns of the GDELT 2.0 event table, in order. */
  public static final List<String> COLUMNS = columns();

  private static final Set<String> GROUP_TYPES = Set.of("IGO", "NGO", "IMG", "MNC");

  private Gdelt() {}

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
        "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
          "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
          "Long", "FeatureID")) {
        c.add(g + "_" + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }

  /** An actor as the event row holds it. */
  public record Actor(String code, String name, String country) {}

  /**
   * An event as the export needs it.
   *
   * @param placeAdm1 the place's first-level region, GeoNames' {@code COUNTRY.CODE}
   *     ("US.NY"), or null
   * @param placePrecision {@code city}, {@code region} or {@code country}; null: by the
   *     coordinates (a city with them, a country without)
   */
  public record Row(long id, LocalDate date, Actor source, Actor target, boolean rootEvent,
      String cameo, int quadClass, double goldstein, int numMentions, int numSources,
      int numArticles, String placeName, String placeCountry, Double lat, Double lon,
      String placeAdm1, String placePrecision, String dateAdded, String sourceUrl) {}

  /** The 61 cells of a row. */
  public static String[] cells(Row r) {
    List<String> c = new ArrayList<>(61);
    c.add(Long.toString(r.id()));
    if (r.date() == null) {
      c.addAll(List.of("", "", "", ""));
    } else {
      LocalDate d = r.date();
      c.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
          d.getDayOfMonth()));
      c.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
      c.add(Integer.toString(d.getYear()));
      c.add(String.format(Locale.ROOT, "%.4f",
          d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
    }
    actor(c, r.source());
    actor(c, r.target());
    c.add(r.rootEvent() ? "1" : "0");
    c.add(r.cameo());
    c.add(r.cameo().substring(0, Math.min(3, r.cameo().length())));
    c.add(r.cameo().substring(0, 2));
    c.add(Integer.toString(r.quadClass()));
    c.add(number(r.goldstein()));
    c.add(Integer.toString(r.numMentions()));
    c.add(Integer.toString(r.numSources()));
    c.add(Integer.toString(r.numArticles()));
    c.add("");
    // An actor is placed by its country, where it has one: the country's centre point.
    for (Actor a : new Actor[] {r.source(), r.target()}) {
      double[] centre = a == null || a.country() == null ? null
          : Countries.CENTRES.get(a.country());
      if (centre == null) {
        geo(c, null, null, null, null, null);
      } else {
        geo(c, Countries.NAMES.get(a.country()), centre[0], centre[1], null, "country");
      }
    }
    geo(c, r.placeName(), r.lat(), r.lon(), r.placeAdm1(), r.placePrecision());
    c.add(r.dateAdded());
    c.add(r.sourceUrl());
    for (int i = 0; i < c.size(); i++) {
      String v = c.get(i) == null ? "" : c.get(i);
      c.set(i, v.replaceAll("[\\t\\r\\n]+", " "));
    }
    if (c.size() != COLUMNS.size()) {
      throw new IllegalStateException("a GDELT row has " + COLUMNS.size() + " cells, not "
          + c.size());
    }
    return c.toArray(String[]::new);
  }

  /** Code, name, country, known group, ethnic, two religions, three types: 10 cells. */
  private static void actor(List<String> c, Actor a) {
    if (a == null) {
      c.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
      return;
    }
    String code = a.code() == null ? "" : a.code();
    String country = a.country() != null && code.startsWith(a.country()) ? a.country() : "";
    String rest = code.substring(country.length());
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i + 3 <= rest.length(); i += 3) {
      chunks.add(rest.substring(i, i + 3));
    }
    String group = "";
    List<String> types = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      if (GROUP_TYPES.contains(chunks.get(i)) && i + 1 < chunks.size() && group.isEmpty()) {
        types.add(chunks.get(i));
        group = chunks.get(++i);
      } else {
        types.add(chunks.get(i));
      }
    }
    c.add(code);
    c.add(a.name() == null ? "" : a.name().toUpperCase(Locale.ROOT));
    c.add(country);
    c.add(group);
    c.add("");
    c.add("");
    c.add("");
    for (int i = 0; i < 3; i++) {
      c.add(i < types.size() ? types.get(i) : "");
    }
  }

  /**
   * Type, full name, country, ADM1, ADM2, lat, long, feature id: 8 cells. The type follows
   * GDELT's codebook: 1 a country, 2 a US state, 3 a US city, 4 a world city, 5 a world state
   * (a first-level region). ADM1 is GeoNames' region code behind the ISO alpha-2 country
   * ("USNY"), as GDELT writes it for the US; the country cell stays empty, since GDELT writes
   * FIPS 10-4 codes there and Dyad knows ISO codes.
   */
  private static void geo(List<String> c, String name, Double lat, Double lon, String adm1,
      String precision) {
    if (name == null) {
      c.addAll(List.of("0", "", "", "", "", "", "", ""));
      return;
    }
    String kind = precision != null ? precision : lat == null ? "country" : "city";
    boolean us = adm1 != null && adm1.startsWith("US.");
    c.add(switch (kind) {
      case "country" -> "1";
      case "region" -> us ? "2" : "5";
      default -> us ? "3" : "4";
    });
    c.add(name);
    c.add("");
    c.add(adm1 == null || kind.equals("country") ? "" : adm1.replace(".", ""));
    c.add("");
    c.add(lat == null ? "" : number(lat));
    c.add(lon == null ? "" : number(lon));
    c.add("");
  }

  /** The countries' names and centre points, read once on first use. */
  private static final class Countries {
    static final Map<String, String> NAMES = names();
    static final Map<String, double[]> CENTRES = centres();

    private static Map<String, String> names() {
      Map<String, String> out = new HashMap<>();
      for (Tsv.Row r : Tsv.resource(KnowledgeBase.class, "countries.tsv", 2)) {
        out.put(r.get(0), r.get(1));
      }
      return Map.copyOf(out);
    }

    private static Map<String, double[]> centres() {
      Map<String, double[]> out = new HashMap<>();
      for (String code : NAMES.keySet()) {
        KnowledgeBase.centreOf(code).ifPresent(p -> out.put(code, p));
      }
      return Map.copyOf(out);
    }
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }
}
