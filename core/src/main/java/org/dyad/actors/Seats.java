package org.dyad.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.Tsv;

/**
 * The cities where international organisations sit ({@code seats.tsv}): "In New York, the
 * U.N. Security Council agreed ..." says where the Council met, not where the story is.
 * Stateless and thread-safe.
 *
 * <p>Design decision: a seat counts as the organisation's only in a sentence that names the
 * organisation (or one of its officials); elsewhere "New York" or "Brussels" is an ordinary
 * place of the story.
 */
final class Seats {

  private static final Map<String, Set<String>> SEATS = load();

  private Seats() {}

  /**
   * The mentions of {@code mentions} that name the seat of an organisation the same list
   * names: the places that speak for the organisation, not the story.
   */
  static Set<Mention> of(KnowledgeBase kb, List<Mention> mentions) {
    Set<String> seats = new HashSet<>();
    for (Mention m : mentions) {
      KnowledgeBase.Name n = m.name();
      if (n.kind() == KnowledgeBase.Kind.ORG || n.kind() == KnowledgeBase.Kind.PERSON) {
        kb.actor(n.target()).map(a -> SEATS.get(a.code())).ifPresent(seats::addAll);
      }
    }
    Set<Mention> out = new HashSet<>();
    if (seats.isEmpty()) {
      return out;
    }
    for (Mention m : mentions) {
      KnowledgeBase.Kind kind = m.name().kind();
      if ((kind == KnowledgeBase.Kind.PLACE || kind == KnowledgeBase.Kind.CAPITAL)
          && kb.placeNamed(Names.key(m.name().pieces()))
              .filter(p -> seats.contains(p.name())).isPresent()) {
        out.add(m);
      }
    }
    return out;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (Tsv.Row r : Tsv.resource(Seats.class, "seats.tsv", 2)) {
      out.put(r.get(0), Set.of(r.get(1).split("\\|")));
    }
    return Map.copyOf(out);
  }
}
