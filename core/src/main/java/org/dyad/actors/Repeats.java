package org.dyad.actors;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A noun repeated with a bare "the" later in its own sentence ("fired on two Ukrainian ships
 * ... seizing the ships") refers back to the phrase that first named it, so it takes that
 * phrase's actor. Kept to one sentence: across sentences the same noun too often names another
 * group of the same kind.
 */
final class Repeats {

  private Repeats() {}

  /**
   * The actor of the earlier phrase a bare definite common noun at {@code head} repeats, as
   * {@code resolve} finds it; empty when the noun has other modifiers (it then says more than
   * the first phrase did) or no earlier noun of the sentence has its lemma.
   */
  static Optional<ActorRef> of(Sentence s, int head, Collection<String> modifiers,
      IntFunction<Optional<ActorRef>> resolve) {
    Token t = s.token(head);
    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || !isDefinite(s, head)
        || s.children(head).stream().anyMatch(d -> modifiers.contains(d.relation()))) {
      return Optional.empty();
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    for (int i = head - 1; i >= 0; i--) {
      Token o = s.token(i);
      if (o.pos().startsWith("NN") && o.lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
        return resolve.apply(i).filter(a -> a.code() != null)
            .map(a -> a.withText("the " + t.word(), "coreference"));
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase headed by {@code head} has the determiner "the". */
  static boolean isDefinite(Sentence s, int head) {
    for (int d : s.children(head, "det")) {
      if (s.token(d).lemma().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }
}
