package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Whom a protest backing a hostile act is aimed at: "held a huge rally in support of their
 * leader's threat of a military strike against the United States" is a rally against the
 * United States. A protest (14) that names no target of its own but backs ("in support of",
 * "backing", "supporting") an act whose "against" or "on" phrase names someone is aimed at
 * that one. Pure functions.
 *
 * <p>Design decision: only a hostile phrase ("against", "on") inside the backed act counts;
 * a rally "in support of the Palestinians" backs a people, and is aimed at no one by it.
 */
final class Backing {

  /** Nouns and participles that say a protest backs something. */
  private static final Set<String> SUPPORT = Set.of("support", "backing", "back", "solidarity");
  /** The phrases of a hostile act that name whom it is against. */
  private static final List<String> AGAINST = List.of("against", "on");
  /** The relations the backed act hangs by, under the backing word and under each other. */
  private static final Set<String> THROUGH = Set.of("nmod", "dep", "obj");
  /** How deep under the backing word the hostile phrase may hang ("threat of a strike"). */
  private static final int DEPTH = 3;

  private Backing() {}

  /** The heads of whom the act a protest backs is against, nearest first; else empty. */
  static List<Integer> targets(Sentence s, Firing f) {
    if (f.pattern().code().rootNumber() != 14) {
      return List.of();
    }
    // The backing phrase hangs on the protest, or on its light verb ("held a rally on Friday
    // in support of ...").
    List<Dependency> phrases = new ArrayList<>(s.children(f.trigger()));
    if (f.anchor() != f.trigger()) {
      phrases.addAll(s.children(f.anchor()));
    }
    for (Dependency d : phrases) {
      boolean phrase = (d.base().equals("nmod") || d.base().equals("obl"))
          && d.subtype().equals("in") && isSupport(s, d.dependent());
      boolean participle = (d.base().equals("acl") || d.base().equals("advcl"))
          && isSupport(s, d.dependent());
      if (phrase || participle) {
        List<Integer> against = against(s, d.dependent());
        if (!against.isEmpty()) {
          return against;
        }
      }
    }
    return List.of();
  }

  private static boolean isSupport(Sentence s, int token) {
    return SUPPORT.contains(s.token(token).lemma().toLowerCase(Locale.ROOT));
  }

  /** The "against"/"on" phrases under the backed thing, nearest level first. */
  private static List<Integer> against(Sentence s, int support) {
    List<Integer> backed = s.children(support).stream()
        .filter(d -> THROUGH.contains(d.base())).map(Dependency::dependent).toList();
    return Arguments.nested(s, backed, AGAINST, THROUGH, DEPTH);
  }
}
