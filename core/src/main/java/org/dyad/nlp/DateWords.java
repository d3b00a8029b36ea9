package org.dyad.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.Tsv;

/**
 * The words a date can be written with ({@code date-words.txt}): a sentence without one of
 * them and without a digit holds no date Dyad reads, so SUTime need not run on it. Immutable
 * and thread-safe.
 */
public final class DateWords {

  private final Set<String> words;

  private DateWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The list shipped with Dyad. */
  public static DateWords standard() {
    Set<String> words = new HashSet<>();
    for (Tsv.Row r : Tsv.resource(DateWords.class, "date-words.txt", 1)) {
      String w = r.get(0).trim();
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
        throw r.error("a date word is one word in lower case: '" + w + "'");
      }
      words.add(w);
    }
    return new DateWords(words);
  }

  /** Whether a token's word is a date word or holds a digit. */
  public boolean isDateWord(String word) {
    if (word.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return words.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /** Whether any of the words could be part of a date. */
  public boolean anyDateWord(List<String> sentenceWords) {
    return sentenceWords.stream().anyMatch(this::isDateWord);
  }
}
