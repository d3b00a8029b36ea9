package org.dyad.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern language of {@code patterns.tsv}, compiled: what each word of a pattern besides
 * its head may be in a parsed sentence. {@link PatternDictionary} compiles every row once, at
 * load ({@link #compile}); {@link PatternMatcher} is the one place that applies the elements
 * to a sentence, and the pre-parse filter reads {@link #words()} of the same elements.
 *
 * <p>A verb pattern compiles to its readings position by position: {@code readings.get(i)}
 * lists, in the order they are tried, what the words from the i-th word after the verb may be
 * (a participle clause, a clause mark and its verb, a preposition and its noun, an object noun
 * with its modifiers, an attached particle, preposition or adverb, or the mark of a clause).
 * A reading consumes one or more words; the matcher goes on from the word after it. A noun
 * pattern compiles to its alternative readings, each a sequence of elements that must all
 * hold: the modifiers right before the head, or the first modifier as what the event is for
 * and the others before the head.
 */
public sealed interface PatternElement {

  /**
   * The pattern's words this element takes, each a lemma or a word form as the pattern writes
   * it (a preposition of two words joined by "_", as CoreNLP names it: "out_of").
   */
  List<String> words();

  /** How many of the pattern's words the element takes. */
  default int size() {
    return words().size();
  }

  /**
   * A participle clause on the verb written as it stands ("rallied demanding ..."), or one the
   * parser hangs on the verb's object ("blocked roads demanding ..."); the words after it
   * attach to the participle.
   */
  record Participle(String word) implements PatternElement {
    public List<String> words() {
      return List.of(word);
    }
  }

  /**
   * A clause on the verb marked by {@code mark} whose verb is {@code verb} ("urged Iran to
   * lift ..."); the words after it attach to that clause's verb.
   */
  record MarkedClause(String mark, String verb) implements PatternElement {
    public List<String> words() {
      return List.of(mark, verb);
    }
  }

  /**
   * A prepositional phrase on the verb whose noun is {@code noun} with {@code modifiers} right
   * before it ("rallied for women's rights": "for", "right").
   */
  record PrepositionalNoun(String preposition, List<String> modifiers, String noun)
      implements PatternElement {
    public PrepositionalNoun {
      modifiers = List.copyOf(modifiers);
    }

    public List<String> words() {
      List<String> out = new ArrayList<>(List.of(preposition));
      out.addAll(modifiers);
      out.add(noun);
      return out;
    }
  }

  /**
   * The verb's object (in the passive its subject) named by the lemma {@code noun}, with
   * {@code modifiers} right before it ("demand humanitarian aid").
   */
  record ObjectNoun(List<String> modifiers, String noun) implements PatternElement {
    public ObjectNoun {
      modifiers = List.copyOf(modifiers);
    }

    public List<String> words() {
      List<String> out = new ArrayList<>(modifiers);
      out.add(noun);
      return out;
    }
  }

  /**
   * A word attached to the verb: a particle ("call on"), the preposition of a phrase ("crack
   * down on"; CoreNLP's "out_of" for "out of"), an adverb, or a predicate that says what the
   * object is ("call illegal": "called the vote illegal").
   */
  record Attached(String word) implements PatternElement {
    public List<String> words() {
      return List.of(word);
    }
  }

  /**
   * The mark of a clause on the verb ("vowed that ..."); tried only when no dependent of the
   * verb takes the word in another reading.
   */
  record ClauseMark(String word) implements PatternElement {
    public List<String> words() {
      return List.of(word);
    }
  }

  /** Noun modifiers that stand right before the head, in order ("phone call"). */
  record Before(List<String> modifiers) implements PatternElement {
    public Before {
      modifiers = List.copyOf(modifiers);
    }

    public List<String> words() {
      return modifiers;
    }
  }

  /**
   * What the event is for, after the head: the noun of a "for" phrase, or the object of a
   * clause, on the head or on the verb that governs it ("a hunger strike for democracy").
   */
  record Purpose(String noun) implements PatternElement {
    public List<String> words() {
      return List.of(noun);
    }
  }

  /**
   * The readings of a verb pattern: for each word after the head, what the words from there
   * may be, in the order the matcher tries them on each dependent of the verb. Longer noun
   * phrases come first, so the first that holds is the one that uses most words.
   */
  static List<List<PatternElement>> compileVerb(List<String> others) {
    List<List<PatternElement>> out = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      String word = others.get(i);
      List<PatternElement> readings = new ArrayList<>();
      readings.add(new Participle(word));
      if (i + 1 < others.size()) {
        readings.add(new MarkedClause(word, others.get(i + 1)));
        for (int end = others.size() - 1; end > i; end--) {
          readings.add(new PrepositionalNoun(word, others.subList(i + 1, end),
              others.get(end)));
        }
      }
      for (int end = others.size() - 1; end >= i; end--) {
        readings.add(new ObjectNoun(others.subList(i, end), others.get(end)));
      }
      readings.add(new Attached(word));
      readings.add(new ClauseMark(word));
      out.add(List.copyOf(readings));
    }
    return List.copyOf(out);
  }

  /**
   * The readings of a noun pattern, each a sequence of elements that must all hold: the
   * modifiers before the head; or, when there are modifiers, the first as the purpose and the
   * others before the head. A noun without modifiers has one empty reading.
   */
  static List<List<PatternElement>> compileNoun(List<String> modifiers) {
    if (modifiers.isEmpty()) {
      return List.of(List.of());
    }
    return List.of(List.of(new Before(modifiers)),
        List.of(new Before(modifiers.subList(1, modifiers.size())),
            new Purpose(modifiers.get(0))));
  }
}
