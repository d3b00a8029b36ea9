package org.dyad.events;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A will or intent that someone is said to have, not one they express: "Russia's intention in
 * the talks is to find a way out of the sanctions", "Iran's willingness to negotiate remains
 * unclear". A noun for a state of mind that is its clause's subject, with no light verb
 * ("announced its intention to ..."), describes the owner; it is not the owner's act (03).
 * Pure and thread-safe.
 */
final class Descriptions {

  private static final Set<String> MIND_NOUNS =
      Set.of("intention", "intent", "readiness", "willingness");

  private Descriptions() {}

  /** Whether the firing is such a description and so no event. */
  static boolean described(Sentence s, Firing f) {
    if (f.pattern().form() != EventPattern.Form.NOUN || f.anchor() != f.trigger()
        || !MIND_NOUNS.contains(s.token(f.trigger()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Dependency up = s.treeParent(f.trigger());
    return up != null && up.base().startsWith("nsubj");
  }
}
