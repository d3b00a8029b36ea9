package org.dyad.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.Tsv;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * "The Caribbean nation", "the Arab country": one country the story speaks of, described by
 * its region, not the region (CAMEO's CRB, ARB) itself. Stateless and thread-safe.
 *
 * <p>Design decision: only a singular "nation" or "country" with "the" and a region word
 * (adjective or name) of {@code regions.tsv}; the plural ("Caribbean nations") and a bare
 * region ("the Caribbean") stay the region.
 */
final class RegionNations {

  private static final Set<String> NOUNS = Set.of("nation", "country");
  private static final Set<String> REGIONS = load();

  private RegionNations() {}

  /** Whether the phrase headed by {@code head} is "the <region adjective> nation/country". */
  static boolean names(Sentence s, int head, List<Mention> mentions) {
    Token t = s.token(head);
    if (!t.pos().equals("NN") || !NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        || !Repeats.isDefinite(s, head)) {
      return false;
    }
    for (int a : s.children(head, "amod")) {
      for (Mention m : mentions) {
        if (m.covers(a) && (m.name().kind() == KnowledgeBase.Kind.ADJECTIVE
                || m.name().kind() == KnowledgeBase.Kind.COUNTRY)
            && REGIONS.contains(m.name().target())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> codes = new HashSet<>();
    for (Tsv.Row r : Tsv.resource(RegionNations.class, "regions.tsv", 2)) {
      codes.add(r.get(0));
    }
    return Set.copyOf(codes);
  }
}
