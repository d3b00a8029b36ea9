package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code dyad events} asks for; null (or empty) fields do not filter.
 *
 * @param actor a code prefix ("IRN" matches IRNGOV), an actor id, or words of a name, with
 *     what the knowledge base knows them as ({@link ActorTerm}), as source or target
 * @param source the same, as source only
 * @param target the same, as target only
 * @param code a CAMEO code or root: matches it and its children ("04" matches "041")
 * @param quad QuadClass 1 to 4, or 0 for any
 * @param from events whose date may fall on or after this day
 * @param to events whose date may fall on or before this day
 * @param words words that must each appear in a mention's sentence (case-insensitive)
 * @param limit the most events to list, 0 for all
 */
public record EventFilter(ActorTerm actor, ActorTerm source, ActorTerm target, String code, int quad,
    LocalDate from, LocalDate to, List<String> words, int limit) {

  public EventFilter {
    words = words == null ? List.of() : List.copyOf(words);
    if (quad < 0 || quad > 4) {
      throw new IllegalArgumentException("--quad must be 1, 2, 3 or 4, not " + quad);
    }
    if (code != null && !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("--code must be a CAMEO code of 2 to 4 digits (04,"
          + " 041), not '" + code + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
  }

  public static EventFilter all() {
    return new EventFilter(null, null, null, null, 0, null, null, List.of(), 0);
  }
}
