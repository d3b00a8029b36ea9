package org.dyad.events;

import java.util.List;

/**
 * One line of the pattern dictionary: a verb or event noun, the CAMEO code it signals and the
 * dependents that hold its target.
 *
 * @param words for a verb: its lemma then required particles ("call on"); for a noun: required
 *     modifiers then the head lemma ("phone call")
 * @param targets target slots in order of preference: obj, iobj or a preposition
 * @param line the line of the dictionary file, for explanations
 */
public record EventPattern(CameoCode code, Form form, List<String> words, List<String> targets,
    String file, int line) {

  /** Whether the pattern's head is a verb or an event noun. */
  public enum Form { VERB, NOUN }

  public EventPattern {
    words = List.copyOf(words);
    targets = List.copyOf(targets);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs words");
    }
  }

  /** The lemma the pattern is indexed by: the verb, or the noun's head. */
  public String head() {
    return form == Form.VERB ? words.get(0) : words.get(words.size() - 1);
  }

  /** Words besides the head: particles of a verb, modifiers of a noun. */
  public List<String> others() {
    return form == Form.VERB ? words.subList(1, words.size())
        : words.subList(0, words.size() - 1);
  }

  /** Where the pattern is written: {@code patterns.tsv:812}. */
  public String source() {
    return file + ":" + line;
  }

  /** A readable id naming the entry that fired: {@code 041 noun "phone call"}. */
  public String id() {
    return code + " " + form.name().toLowerCase(java.util.Locale.ROOT) + " \""
        + String.join(" ", words) + "\"";
  }
}
