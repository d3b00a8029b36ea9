package org.dyad.actors;

import java.util.List;

/**
 * A knowledge-base name found in a sentence, over tokens {@code first..last} inclusive.
 *
 * @param how exact (as written in the KB), normalized (case, diacritics, hyphens, articles)
 *     or fuzzy (a transliteration variant)
 */
public record Mention(int first, int last, KnowledgeBase.Name name, String how) {

  public boolean covers(int token) {
    return first <= token && token <= last;
  }

  /** The first of {@code mentions} that covers {@code token}, or null. */
  public static Mention at(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }
}
