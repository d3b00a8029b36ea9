package org.dyad.events;

import java.util.Locale;

/**
 * Where an event took place, from the words that place it ("in Cairo", "at the border with
 * Syria", "in the capital") or else the article's dateline: a place of the hand-typed
 * {@code places.tsv} or of the GeoNames gazetteer with approximate coordinates, or a country
 * with its centre point.
 *
 * @param adm1 the first-level region's GeoNames code, {@code COUNTRY.CODE} ("US.NY"), or null
 *     when unknown
 * @param lat latitude in decimal degrees, or null when the gazetteer has none
 * @param lon longitude in decimal degrees, or null when the gazetteer has none
 * @param precision what the place is: a city, a first-level region, or only a country
 * @param text the words that named it: the sentence's ("Nairobi", "the Syrian capital") or
 *     the dateline's ("KABUL")
 * @param source what placed the event: its own location phrase, another place its sentence
 *     names, or the dateline
 */
public record Location(String name, String country, String adm1, Double lat, Double lon,
    Precision precision, String text, Source source) {

  /** How exactly a place is known. */
  public enum Precision {
    CITY, REGION, COUNTRY;

    /** The name output uses: {@code city}, {@code region}, {@code country}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The precision of a label; null for null. */
    public static Precision of(String label) {
      return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /** What placed the event. */
  public enum Source {
    /** The location phrase on the event's own verb or noun ("attacked ... in Mosul"). */
    PHRASE,
    /** Another place its sentence names, the nearest to the event's word. */
    SENTENCE,
    /** The article's dateline: where the story was filed. */
    DATELINE;

    /** The name output uses: {@code phrase}, {@code sentence}, {@code dateline}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The source of a label; {@code phrase} for null (places stored before Dyad wrote it). */
    public static Source of(String label) {
      return label == null ? PHRASE : valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public Location {
    if (precision == null) {
      precision = lat == null ? Precision.COUNTRY : Precision.CITY;
    }
    if (source == null) {
      source = Source.PHRASE;
    }
  }

  /** A place the event's phrase names, with coordinates or none, as Dyad wrote places before. */
  public Location(String name, String country, Double lat, Double lon) {
    this(name, country, null, lat, lon, null, null, Source.PHRASE);
  }

  /** The same place, found otherwise. */
  public Location from(Source other) {
    return new Location(name, country, adm1, lat, lon, precision, text, other);
  }

  /** The same place, named by other words. */
  public Location withText(String words) {
    return new Location(name, country, adm1, lat, lon, precision, words, source);
  }
}
