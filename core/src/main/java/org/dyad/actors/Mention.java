package org.dyad.actors;

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
}
