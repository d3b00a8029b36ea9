package org.dyad.actors;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * "It" as the object of a verb refers back to the object before it in its own sentence: in
 * "Morales says he is expelling the U.S. Agency for International Development, accusing it of
 * interfering", "it" is the agency, which the text names as the United States'. Only the
 * nearest earlier object counts, and only when it is an actor: a subject is no antecedent of an
 * object "it" ("Kenya welcomed the report, calling it a step forward": the report, no actor),
 * and an "it" that no object precedes stays unresolved. Kept to one sentence, as {@link
 * Repeats} is. Pure.
 */
final class ObjectPronouns {

  private ObjectPronouns() {}

  /** The actor of the object that an object "it" at {@code head} refers back to, or empty. */
  static Optional<ActorRef> of(Sentence s, int head, IntFunction<Optional<ActorRef>> resolve) {
    Token t = s.token(head);
    if (!t.pos().equals("PRP") || !t.word().toLowerCase(Locale.ROOT).equals("it")
        || !isObject(s, head)) {
      return Optional.empty();
    }
    for (int i = head - 1; i >= 0; i--) {
      if (s.token(i).isNoun() && isObject(s, i)) {
        return resolve.apply(i).filter(a -> a.code() != null)
            .map(a -> a.withText(t.word(), "coreference"));
      }
    }
    return Optional.empty();
  }

  private static boolean isObject(Sentence s, int token) {
    Dependency up = s.treeParent(token);
    return up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()
        && up.relation().equals("obj");
  }
}
