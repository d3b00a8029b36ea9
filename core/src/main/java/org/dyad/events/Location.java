package org.dyad.events;

/**
 * Where an event took place, from the words that place it ("in Cairo", "at the border with
 * Syria"): a gazetteer place with approximate coordinates, or a country with its centre
 * point.
 *
 * @param lat latitude in decimal degrees, or null when the gazetteer has none
 * @param lon longitude in decimal degrees, or null when the gazetteer has none
 */
public record Location(String name, String country, Double lat, Double lon) {}
