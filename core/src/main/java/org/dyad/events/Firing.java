package org.dyad.events;

import java.util.List;

/**
 * A pattern that fired on a token, with the roles the dependency graph gave it.
 *
 * @param trigger the token the pattern matched (the verb, or the event noun)
 * @param anchor the verb that carries the event's clause: the trigger itself, or the verb
 *     that governs an event noun ("held" in "held talks")
 * @param sources the heads that give the source
 * @param targets the heads that give the target
 * @param construction how the pattern was applied when not plainly ("(passive)", "(light
 *     verb: held)"), for the event's rule; "" otherwise
 * @param speakerVerb the verb of saying whose subject takes the act as a threat, or -1
 */
record Firing(EventPattern pattern, int trigger, int anchor, List<Integer> sources,
    List<Integer> targets, String construction, int speakerVerb) {

  Firing {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
