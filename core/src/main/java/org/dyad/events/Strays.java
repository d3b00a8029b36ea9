package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The doer and the victim of an event noun that the parser hangs on the verb above it: in "We
 * condemn the use of violence by the regime against citizens" (or "condemned the attack by
 * militants on the base") the "by" and "against" phrases go to "condemn", which is active and
 * so has no agent of its own; they are the noun's. Pure and thread-safe.
 *
 * <p>Design decision: only for a noun (or the noun it is "of": "the use of violence") that is
 * the object of an active verb, only when the noun has no source of its own, and only a noun
 * in the "by" phrase ("responded by firing" is a means, not a doer).
 */
final class Strays {

  private Strays() {}

  /** The firing with the stray "by" phrase as its source and a stray target slot; else f. */
  static Firing mend(Sentence s, Firing f) {
    if (f.pattern().form() != EventPattern.Form.NOUN || !f.sources().isEmpty()) {
      return f;
    }
    int holder = f.trigger();
    Dependency up = s.treeParent(holder);
    if (up != null && up.relation().equals("nmod:of") && up.governor() >= 0
        && s.token(up.governor()).isNoun()) {
      holder = up.governor(); // "the use of violence"
      up = s.treeParent(holder);
    }
    if (up == null || !up.base().equals("obj") || up.governor() < 0) {
      return f;
    }
    int verb = up.governor();
    if (!s.token(verb).isVerb() || Arguments.isPassive(s, verb)) {
      return f;
    }
    List<Integer> agents = new ArrayList<>(s.children(verb, "obl:by"));
    agents.removeIf(a -> !s.token(a).isNoun());
    if (agents.isEmpty()) {
      return f;
    }
    List<Integer> targets = f.targets();
    for (String slot : f.pattern().targets()) {
      if (!targets.isEmpty()) {
        break;
      }
      targets = s.children(verb, "obl:" + slot);
    }
    return new Firing(f.pattern(), f.trigger(), f.anchor(), agents, targets, f.construction(),
        f.speakerVerb());
  }
}
