package org.dyad.events;

import java.util.List;
import java.util.Locale;
import org.dyad.actors.ActorRef;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A demand stated as a need: "stressed the need for a ceasefire", "the two agreed on the need
 * for a global response". A need asks no one in particular: unless the text names whom it
 * concerns (its owner, or a place the needed thing is put in), it is aimed at no one (the
 * coding guide's {@code *}), not at the story's country, which is only a guess at whom an
 * unaddressed act concerns. Pure functions.
 *
 * <p>Design decision: a place the sentence names ("the need for calm in Gaza") still aims
 * the need, as an appeal to "all sides in P" is aimed at P; only the story's country, which
 * the sentence does not name, is dropped.
 */
final class Needs {

  private static final String NEED = "need";

  private Needs() {}

  /**
   * Whether the firing is a demand (10) stating a need: its trigger is the noun "need" (the
   * need a joint readout agrees on), or "need" is the object or the "on" phrase of its verb
   * ("emphasized the need for", "insisted on the need for").
   */
  static boolean stated(Sentence s, Firing f) {
    if (f.pattern().code().rootNumber() != 10) {
      return false;
    }
    if (isNeed(s, f.trigger())) {
      return true;
    }
    for (Dependency d : s.children(f.trigger())) {
      if ((d.base().equals("obj") || d.relation().equals("obl:on")) && isNeed(s, d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The targets a placed act keeps ({@link Owners#where}): for a stated need, only those the
   * sentence names, not the story's country (resolved "context"); for any other act, all.
   */
  static List<ActorRef> aimed(Sentence s, Firing f, List<ActorRef> placed) {
    if (!stated(s, f)) {
      return placed;
    }
    return placed.stream().filter(a -> !"context".equals(a.resolvedBy())).toList();
  }

  private static boolean isNeed(Sentence s, int token) {
    return s.token(token).isNoun()
        && s.token(token).lemma().toLowerCase(Locale.ROOT).equals(NEED);
  }
}
