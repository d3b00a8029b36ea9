package org.dyad.actors;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The holder named inside a hyphenated participle that modifies a place: "Japan-controlled
 * waters", "Japan-held islands", "NATO-administered airspace" belong to Japan and NATO, so
 * whoever enters or nears them acts toward that holder. The parser hangs the holder on the
 * participle as a bare oblique or "dep", which the describing modifiers of a noun do not
 * follow. Pure and thread-safe.
 *
 * <p>Design decision: only participles of holding (control, hold, administer, govern, run,
 * occupy), and only a holder written before the participle with no preposition of its own:
 * "China-claimed waters" are claimed, not held, and "waters controlled by" is a clause of
 * its own that says more than a possession.
 */
final class Holders {

  private static final Set<String> HOLDING =
      Set.of("control", "hold", "administer", "govern", "run", "occupy");
  private static final Set<String> BARE = Set.of("obl", "dep", "compound", "nsubj", "npadvmod");

  private Holders() {}

  /**
   * The token naming the holder when {@code modifier} is a participle of holding with one
   * written before it ("Japan" of "Japan-controlled"); otherwise {@code modifier} itself.
   */
  static int of(Sentence s, int modifier) {
    String lemma = s.token(modifier).lemma().toLowerCase(Locale.ROOT);
    if (!HOLDING.contains(lemma)) {
      return modifier;
    }
    for (Dependency d : s.children(modifier)) {
      if (BARE.contains(d.relation()) && d.dependent() < modifier
          && s.children(d.dependent(), "case").isEmpty()) {
        return d.dependent();
      }
    }
    return modifier;
  }
}
