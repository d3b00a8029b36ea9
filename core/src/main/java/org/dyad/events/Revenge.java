package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Whom a vow or threat of revenge is aimed at when it names no one: the doer of the act it
 * avenges, the act of its "for" phrase. "The army vowed retribution for the killing of three
 * soldiers by Pakistani troops" is a threat against Pakistan's troops; "vowed revenge for
 * Israel's strike" against Israel. Pure functions.
 *
 * <p>Design decision: only who did the act counts (its agent, its possessive, or a verb's
 * subject); the "of" phrase of an act is its victim ("the killing of its commander"), never
 * whom the revenge is aimed at, so it is not read.
 */
final class Revenge {

  /** Nouns of paying back an act. */
  private static final Set<String> NOUNS =
      Set.of("retribution", "revenge", "retaliation", "reprisal", "vengeance");
  /** How deep under the avenged act its agent may hang ("killing three soldiers by X"). */
  private static final int DEPTH = 2;

  private Revenge() {}

  /**
   * The heads naming who did the act a revenge threat (13) is for, nearest first; empty when
   * the firing is no revenge, or the act names no doer.
   */
  static List<Integer> doers(Sentence s, Firing f) {
    if (f.pattern().code().rootNumber() != 13) {
      return List.of();
    }
    List<Integer> revenge = new ArrayList<>();
    if (isRevenge(s, f.trigger())) {
      revenge.add(f.trigger());
    }
    for (int o : s.children(f.trigger(), "obj")) {
      if (isRevenge(s, o)) {
        revenge.add(o);
      }
    }
    for (int r : revenge) {
      for (Dependency d : s.children(r)) {
        if (d.subtype().equals("for")) {
          List<Integer> doers = doersOf(s, d.dependent());
          if (!doers.isEmpty()) {
            return doers;
          }
        }
      }
    }
    return List.of();
  }

  /** Who did the act: an agent or "by" phrase under it, its possessive, a verb's subject. */
  private static List<Integer> doersOf(Sentence s, int act) {
    List<Integer> level = List.of(act);
    for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
      List<Integer> found = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int x : level) {
        found.addAll(s.prepositional(x, "by"));
        found.addAll(s.prepositional(x, "agent"));
        for (Dependency d : s.children(x)) {
          if (d.base().equals("obj") || d.base().equals("nmod") && !d.subtype().equals("by")) {
            next.add(d.dependent());
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      level = next;
    }
    List<Integer> own = new ArrayList<>(s.children(act, "nmod:poss"));
    own.removeIf(p -> s.token(p).pos().startsWith("PRP"));
    if (own.isEmpty() && s.token(act).isVerb()) {
      own.addAll(s.children(act, "nsubj"));
      own.removeIf(p -> s.token(p).pos().startsWith("PRP"));
    }
    return own;
  }

  private static boolean isRevenge(Sentence s, int token) {
    return s.token(token).isNoun()
        && NOUNS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT));
  }
}
