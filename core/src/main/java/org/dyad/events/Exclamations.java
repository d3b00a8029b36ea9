package org.dyad.events;

import java.util.Optional;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.nlp.Sentence;

/**
 * Who gives an event named by a verbless exclamation inside a quotation: "Congratulations to
 * both countries!", "Thanks to Japan!". A sentence with no verb whose head is the event noun
 * is the quotation's own words, so its speaker is the source. Pure.
 */
final class Exclamations {

  private Exclamations() {}

  /** The speaker of the quotation around a verbless event noun, when it is known. */
  static Optional<ActorRef> speaker(ActorResolver.Context context, Firing firing) {
    Sentence s = context.sentence();
    if (firing.pattern().form() != EventPattern.Form.NOUN
        || s.tokens().stream().anyMatch(t -> t.isVerb())) {
      return Optional.empty();
    }
    if (s.treeParent(firing.trigger()) != null) {
      return Optional.empty();
    }
    return context.antecedents().speakerOfQuoteAt(s.token(firing.trigger()).begin())
        .filter(a -> a.code() != null);
  }
}
