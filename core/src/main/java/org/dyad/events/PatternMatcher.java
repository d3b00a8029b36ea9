package org.dyad.events;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The one interpreter of the pattern language: applies a pattern's compiled {@link
 * PatternElement}s to a parsed sentence ({@link #miss}), and reads the same elements on a
 * sentence that is only tagged, to tell whether a pattern can match there at all ({@link
 * #mayMatch}). Thread-safe.
 *
 * <p>Design decision: a verb's words are read left to right; at each word every dependent of
 * the verb is tried with the word's readings in order, the first reading that holds on a
 * dependent counts for it, and the dependent whose reading uses most words wins (the first in
 * token order on a tie). A reading through a clause (a participle, "to" and a verb) moves on
 * to that clause's verb. Only when no dependent takes the word may it be the mark of a clause.
 */
final class PatternMatcher {

  private final PatternDictionary patterns;
  /** Codes whose acts have a target even when the text names none (a protest: the state). */
  private final java.util.function.Predicate<CameoCode> impliedTarget;

  PatternMatcher(PatternDictionary patterns) {
    this(patterns, code -> false);
  }

  PatternMatcher(PatternDictionary patterns,
      java.util.function.Predicate<CameoCode> impliedTarget) {
    this.patterns = patterns;
    this.impliedTarget = impliedTarget;
  }

  /** The patterns a token may head: verb patterns of a verb's lemma, noun patterns of a noun's. */
  List<EventPattern> candidates(Token t) {
    String lemma = lower(t.lemma());
    return t.isVerb() ? patterns.verbs(lemma) : t.isNoun() ? patterns.nouns(lemma) : List.of();
  }

  /**
   * Whether a pattern's elements hold on its head token: empty when they do, else why not,
   * for {@code dyad explain} ("needs 'on' attached to the verb: nothing takes 'on'").
   */
  Optional<String> miss(Sentence s, int head, EventPattern p) {
    if (p.form() == EventPattern.Form.NOUN) {
      return nounHolds(s, head, p) ? Optional.empty() : Optional.of("needs '"
          + String.join(" ", p.others()) + "' right before the noun");
    }
    int failed = verbMiss(s, head, p);
    return failed < 0 ? Optional.empty() : Optional.of("needs '" + String.join(" ", p.others())
        + "' attached to the verb: nothing takes '" + p.others().get(failed) + "'");
  }

  /** Whether a pattern's elements hold on its head token. */
  boolean holds(Sentence s, int head, EventPattern p) {
    return p.form() == EventPattern.Form.NOUN ? nounHolds(s, head, p) : verbMiss(s, head, p) < 0;
  }

  /**
   * Whether a sentence read from its tokens alone (no parse) can hold an event: some pattern
   * has its head there with the right part of speech and the words of its elements somewhere
   * in the sentence (as a lemma or a word), and the sentence names enough actors for it: one,
   * or two when the pattern takes a target (a demand, "said Y must ...", needs a speaker and
   * another actor, as a target does; one for a protest or demand, whose target may be implied:
   * {@link Rewrites#aimsAtGovernment}). A sentence that fails cannot match any pattern, since
   * every element needs its words; most that pass hold no event.
   *
   * @param actors how many actors the sentence can name
   */
  boolean mayMatch(Sentence s, int actors) {
    if (actors == 0) {
      return false;
    }
    Set<String> words = new HashSet<>();
    for (Token t : s.tokens()) {
      words.add(lower(t.lemma()));
      words.add(lower(t.word()));
    }
    for (Token t : s.tokens()) {
      for (EventPattern p : candidates(t)) {
        boolean one = p.targets().isEmpty() || impliedTarget.test(p.code());
        if (actors >= (one ? 1 : 2) && wordsPresent(p, words)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verb patterns: each position has a reading whose words are all there. Noun patterns: some
   * reading has the words of all its elements there.
   */
  private static boolean wordsPresent(EventPattern p, Set<String> words) {
    if (p.form() == EventPattern.Form.VERB) {
      return p.elements().stream().allMatch(readings -> readings.stream()
          .anyMatch(e -> present(e, words)));
    }
    return p.elements().stream().anyMatch(reading -> reading.stream()
        .allMatch(e -> present(e, words)));
  }

  /** Whether every word of an element is in the sentence; "out_of" needs "out" and "of". */
  private static boolean present(PatternElement e, Set<String> words) {
    for (String w : e.words()) {
      for (String part : w.split("_")) {
        if (!words.contains(part)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A light verb whose object is an event noun ("offered condolences"): the noun codes, not
   * the verb.
   */
  boolean hasEventNounObject(Sentence s, int v) {
    for (int o : s.children(v, "obj")) {
      Token t = s.token(o);
      if (t.isNoun() && patterns.nouns(lower(t.lemma())).stream()
          .anyMatch(p -> nounHolds(s, o, p))) {
        return true;
      }
    }
    return false;
  }

  boolean isLightVerb(Token t) {
    return patterns.isLightVerb(lower(t.lemma()));
  }

  /** The position of the first word no reading takes, or -1 when all are taken. */
  private static int verbMiss(Sentence s, int v, EventPattern p) {
    List<List<PatternElement>> positions = p.elements();
    int at = v; // the verb the words attach to: the head, then a clause verb a reading names
    int i = 0;
    while (i < positions.size()) {
      int used = 0;
      int moveTo = -1;
      for (Dependency d : s.children(at)) {
        for (PatternElement e : positions.get(i)) {
          int[] taken = attached(s, d, e);
          if (taken[0] > 0) {
            if (taken[0] > used) {
              used = taken[0];
              moveTo = taken[1];
            }
            break;
          }
        }
      }
      if (used == 0) {
        for (PatternElement e : positions.get(i)) {
          if (e instanceof PatternElement.ClauseMark m
              && Arguments.clauseMarkedBy(s, at, m.word()) >= 0) {
            used = 1;
          }
        }
      }
      if (used == 0) {
        return i;
      }
      if (moveTo >= 0) {
        at = moveTo;
      }
      i += used;
    }
    return -1;
  }

  /**
   * The "as" phrase the parser hangs on the verb's object rather than on the verb: in
   * "dismissed the threat as rhetoric" and "described the violations as aggressive actions"
   * it is a predicate on the object, as "illegal" is in "called the vote illegal"; so it is
   * where the parser hangs it on a participle that qualifies the object ("described the
   * violations reported by Kyiv as aggressive actions", "dismissed the charges made by the
   * army as lies").
   */
  private static List<Integer> asPredicate(Sentence s, Dependency d, String preposition) {
    if (!preposition.equals("as") || !d.relation().equals("obj")) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(s.prepositional(d.dependent(), "as"));
    for (int qualifier : s.children(d.dependent(), "acl")) {
      if (s.token(qualifier).pos().equals("VBN")) {
        out.addAll(s.prepositional(qualifier, "as"));
      }
    }
    return out;
  }

  /**
   * Whether the pattern's words hold as a predicate its verb gives the object ("called the
   * allegations baseless"): then the verb judges the object, and an event noun there
   * ("allegations") does not code in its place as it does after a light verb.
   */
  boolean predicates(Sentence s, int verb, EventPattern p) {
    for (int object : s.children(verb, "obj")) {
      for (List<PatternElement> alternative : p.elements()) {
        for (PatternElement e : alternative) {
          if (e instanceof PatternElement.Attached a && (postposed(s, verb, object, a.word())
              || s.children(verb, "xcomp").stream().anyMatch(x -> !s.token(x).isVerb()
                  && lower(s.token(x).lemma()).equals(a.word())))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A predicate adjective the parser hangs on a noun after the object instead of on the verb:
   * in "called allegations of interference in Bolivia baseless" it reads "Bolivia baseless"
   * (or even "in baseless"). English adjectives stand before their noun, so an adjective that
   * ends the verb's clause after its object is the verb's predicate on the object.
   */
  private static boolean postposed(Sentence s, int verb, int object, String word) {
    List<Integer> span = s.subtree(verb, CLAUSES);
    int last = -1;
    for (int t : span) {
      if (!s.token(t).pos().matches("[.,:`'\"]+|''|``|-RRB-|-LRB-")) {
        last = Math.max(last, t);
      }
    }
    return last > object && s.token(last).pos().startsWith("JJ")
        && lower(s.token(last).lemma()).equals(word);
  }

  /** Relations that open a clause of its own: a predicate there is not the verb's. */
  private static final List<String> CLAUSES =
      List.of("advcl", "ccomp", "parataxis", "conj", "acl:relcl", "acl", "xcomp", "punct");

  /**
   * How many words an element takes on one dependent of the verb, and the clause verb it moves
   * to (-1 for none): {0, -1} when it does not hold there.
   */
  private static int[] attached(Sentence s, Dependency d, PatternElement e) {
    int dep = d.dependent();
    Token t = s.token(dep);
    boolean clause = t.isVerb() && (d.base().equals("xcomp") || d.base().equals("advcl")
        || d.base().equals("ccomp") || d.base().equals("dep"));
    boolean held = false;
    if (e instanceof PatternElement.Participle p) {
      if (clause && t.pos().equals("VBG") && lower(t.word()).equals(p.word())) {
        held = true;
      } else if (d.relation().equals("obj") && s.children(dep, "acl").stream().anyMatch(c ->
          s.token(c).pos().equals("VBG") && lower(s.token(c).word()).equals(p.word()))) {
        // the parser often hangs the participle on the object: "blocked roads demanding"
        int acl = s.children(dep, "acl").stream()
            .filter(c -> lower(s.token(c).word()).equals(p.word())).findFirst().orElseThrow();
        return new int[] {1, acl};
      }
    } else if (e instanceof PatternElement.MarkedClause m) {
      held = clause && lower(t.lemma()).equals(m.verb()) && s.children(dep, "mark").stream()
          .anyMatch(k -> s.token(k).lemma().equalsIgnoreCase(m.mark()));
    } else if (e instanceof PatternElement.PrepositionalNoun n) {
      held = d.base().equals("obl") && d.subtype().equals(n.preposition())
          && nounPhrase(s, dep, n.modifiers(), n.noun())
          || asPredicate(s, d, n.preposition()).stream()
              .anyMatch(x -> nounPhrase(s, x, n.modifiers(), n.noun()));
    } else if (e instanceof PatternElement.ObjectNoun o) {
      held = (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
          && nounPhrase(s, dep, o.modifiers(), o.noun());
    } else if (e instanceof PatternElement.Attached a) {
      held = d.relation().equals("compound:prt") && lower(t.lemma()).equals(a.word())
          || (d.base().equals("obl") || d.base().equals("advmod"))
              && d.subtype().equals(a.word())
          || d.base().equals("advmod") && lower(t.lemma()).equals(a.word())
          // a predicate on the object: "called the vote illegal", "called it aggression"
          || d.base().equals("xcomp") && !t.isVerb() && lower(t.lemma()).equals(a.word())
          || !asPredicate(s, d, a.word()).isEmpty()
          || d.relation().equals("obj") && postposed(s, d.governor(), dep, a.word());
    }
    // A clause mark holds only where no dependent takes the word (verbMiss); Before and
    // Purpose are noun elements.
    if (!held) {
      return new int[] {0, -1};
    }
    boolean moves = e instanceof PatternElement.Participle
        || e instanceof PatternElement.MarkedClause;
    return new int[] {e.size(), moves ? dep : -1};
  }

  /**
   * Whether a token is the noun {@code noun} (by its lemma) with {@code modifiers} right before
   * it, each a lemma or a word.
   */
  private static boolean nounPhrase(Sentence s, int noun, List<String> modifiers, String lemma) {
    if (!lower(s.token(noun).lemma()).equals(lemma) || noun - modifiers.size() < 0) {
      return false;
    }
    return before(s, noun, modifiers);
  }

  /** Whether {@code words} stand right before the token, in order, each a lemma or a word. */
  private static boolean before(Sentence s, int head, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      int at = head - words.size() + k;
      if (at < 0 || !isWord(s.token(at), words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Some reading of a noun pattern holds: every element of it. */
  private static boolean nounHolds(Sentence s, int n, EventPattern p) {
    for (List<PatternElement> reading : p.elements()) {
      boolean all = true;
      for (PatternElement e : reading) {
        all = e instanceof PatternElement.Before b ? before(s, n, b.modifiers())
            : e instanceof PatternElement.Purpose p2 && purpose(s, n, p2.noun());
        if (!all) {
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the event is for: the noun of a "for" phrase, or the object of a clause, on the noun
   * or on the verb whose object or phrase the noun is.
   */
  private static boolean purpose(Sentence s, int n, String word) {
    List<Integer> hosts = new java.util.ArrayList<>(List.of(n));
    for (Dependency d : s.parents(n)) {
      if (d.governor() >= 0 && s.token(d.governor()).isVerb() && (d.base().equals("obj")
          || d.base().equals("obl") || d.relation().equals("nsubj:pass"))) {
        hosts.add(d.governor());
      }
    }
    for (int host : hosts) {
      for (Dependency d : s.children(host)) {
        Token t = s.token(d.dependent());
        boolean clause = t.isVerb() && (d.base().equals("acl") || d.base().equals("xcomp")
            || d.base().equals("advcl") || d.base().equals("dep"));
        List<Integer> nouns = (d.base().equals("obl") || d.base().equals("nmod"))
            && d.subtype().equals("for") ? List.of(d.dependent())
            : clause ? s.children(d.dependent(), "obj") : List.of();
        for (int x : nouns) {
          if (isWord(s.token(x), word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isWord(Token t, String word) {
    return lower(t.lemma()).equals(word) || lower(t.word()).equals(word);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
