package org.dyad.events;

import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.actors.Names;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Places an event from its own words: "in Cairo", "near Mosul", "in the Syrian city of
 * Aleppo", attached to the event's verb or noun, looked up in the gazetteer. Thread-safe.
 */
final class Locator {

  /** Prepositions that place: "in Cairo", "near Mosul", "outside Kyiv". */
  private static final List<String> LOCATIVES =
      List.of("in", "at", "near", "outside", "inside", "across", "throughout");

  private final KnowledgeBase kb;

  Locator(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The event's place, or null when its words give none. */
  Location locate(ActorResolver.Context c, int trigger, int anchor) {
    Sentence s = c.sentence();
    for (int head : new int[] {trigger, anchor}) {
      for (String prep : LOCATIVES) {
        for (int place : s.prepositional(head, prep)) {
          Location l = placeAt(c, place);
          if (l == null) {
            for (Dependency d : s.children(place)) {
              if (d.relation().equals("nmod:of") || d.base().equals("appos")) {
                l = placeAt(c, d.dependent());
                if (l != null) {
                  break;
                }
              }
            }
          }
          if (l != null) {
            return l;
          }
        }
      }
    }
    return null;
  }

  /**
   * The country an event takes place in, from a place on its words or on one of its
   * participants ("strikes on ISIL in Syria", read either way by the parser), or null.
   */
  String country(ActorResolver.Context c, int trigger, int anchor, List<Integer> participants) {
    Location l = locate(c, trigger, anchor);
    for (int i = 0; l == null && i < participants.size(); i++) {
      l = locate(c, participants.get(i), participants.get(i));
    }
    return l == null ? null : l.country();
  }

  private Location placeAt(ActorResolver.Context c, int token) {
    for (Mention m : c.mentions()) {
      if (!m.covers(token)) {
        continue;
      }
      KnowledgeBase.Name name = m.name();
      String key = Names.key(Names.pieces(c.sentence().span(m.first(), m.last())));
      Optional<KnowledgeBase.Place> place = name.kind() == KnowledgeBase.Kind.PLACE
          ? kb.place(name.target()) : kb.placeNamed(key);
      if (place.isPresent()) {
        KnowledgeBase.Place p = place.get();
        return new Location(p.name(), p.country(), p.lat(), p.lon());
      }
      if (name.kind() == KnowledgeBase.Kind.COUNTRY) {
        double[] centre = kb.centroid(name.target()).orElse(null);
        return new Location(kb.country(name.target()).map(KnowledgeBase.Country::name)
            .orElse(name.target()), name.target(), centre == null ? null : centre[0],
            centre == null ? null : centre[1]);
      }
    }
    return null;
  }
}
