package org.dyad.nlp;

/**
 * A temporal expression found by SUTime, normalised against the document date.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ("2021-05-16", "2021-05", "XXXX-05-16", "2021-W19", "PRESENT_REF")
 * @param first index of its first token
 * @param last index of its last token
 */
public record Timex(String type, String value, int first, int last) {}
