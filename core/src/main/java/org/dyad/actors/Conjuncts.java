package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A thing whose owner words are joined by "and": "the U.N. and French intervention", "Russian
 * and Syrian air strikes". The resolver reads the first modifier only; each joined modifier
 * that names an actor is one owner of the thing (the coding guide: "A met B and C" is one
 * row A-B and one A-C). Only for a thing that no name covers, described by its modifiers.
 * Pure and thread-safe.
 */
final class Conjuncts {

  private static final Set<String> OWNER_WORDS = Set.of("compound", "amod", "nmod:poss");

  private Conjuncts() {}

  /**
   * {@code found}, the actors the resolver gives the phrase headed by {@code head}, with one
   * more for each other modifier of the head that is joined by "and" to the one it read.
   */
  static List<ActorRef> each(ActorResolver r, ActorResolver.Context c, int head,
      List<ActorRef> found) {
    Sentence s = c.sentence();
    if (found.size() != 1 || !found.get(0).resolvedBy().equals("description")
        || c.mentions().stream().anyMatch(m -> m.covers(head))) {
      return found;
    }
    List<Integer> owners = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (OWNER_WORDS.contains(d.relation())) {
        owners.add(d.dependent());
      }
    }
    List<Integer> joined = new ArrayList<>();
    for (int o : owners) {
      for (Dependency d : s.children(o)) {
        if (d.base().equals("conj") && d.relation().endsWith(":and")
            && !joined.contains(d.dependent())) {
          joined.add(o);
          joined.add(d.dependent());
        }
      }
    }
    List<ActorRef> out = new ArrayList<>(found);
    for (int j : joined) {
      r.resolve(c, j).filter(a -> a.code() != null && !a.resolvedBy().equals("context"))
          .filter(a -> out.stream().noneMatch(o -> a.code().equals(o.code())))
          .ifPresent(a -> out.add(new ActorRef(a.code(), a.code(), a.country(),
              a.name(), found.get(0).text(), a.known(), "description")));
    }
    return out;
  }
}
