package org.dyad.events;

import java.util.List;
import java.util.Locale;

/**
 * One line of the pattern dictionary: a verb or event noun, the CAMEO code it signals and the
 * dependents that hold its target, with its words compiled into the {@link PatternElement}s
 * that {@link PatternMatcher} applies.
 *
 * @param words for a verb: its lemma then required particles ("call on"); for a noun: required
 *     modifiers then the head lemma ("phone call")
 * @param targets target slots in order of preference: obj, iobj or a preposition
 * @param file the data file the pattern is written in ({@code patterns.tsv})
 * @param line the line of that file, for explanations and each event's provenance
 * @param elements the words besides the head, compiled: for a verb, what the words from each
 *     position may be ({@link PatternElement#compileVerb}); for a noun, its alternative
 *     readings ({@link PatternElement#compileNoun})
 */
public record EventPattern(CameoCode code, Form form, List<String> words, List<String> targets,
    String file, int line, List<List<PatternElement>> elements) {

  /** Whether the pattern's head is a verb or an event noun. */
  public enum Form { VERB, NOUN }

  public EventPattern {
    words = List.copyOf(words);
    targets = List.copyOf(targets);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs words");
    }
    elements = List.copyOf(elements);
  }

  /** A pattern with its words compiled. */
  public EventPattern(CameoCode code, Form form, List<String> words, List<String> targets,
      String file, int line) {
    this(code, form, words, targets, file, line, compile(form, words));
  }

  private static List<List<PatternElement>> compile(Form form, List<String> words) {
    return form == Form.VERB ? PatternElement.compileVerb(words.subList(1, words.size()))
        : PatternElement.compileNoun(words.subList(0, words.size() - 1));
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
    return code + " " + form.name().toLowerCase(Locale.ROOT) + " \""
        + String.join(" ", words) + "\"";
  }
}
