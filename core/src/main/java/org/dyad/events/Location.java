package org.dyad.events;

/**
 * Where an event took place, from the words that place it ("in Cairo", "at the border with
 * Syria"): a gazetteer place with approximate coordinates, or a country without them.
 *
 * @param lat latitude in decimal degrees, or null for a country
 * @param lon longitude in decimal degrees, or null for a country
 */
public record Location(String name, String country, Double lat, Double lon) {}
