package org.dyad.events;

import java.util.List;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A judgement passed on an act by the words that name it: "the crisis resulting from Putin's
 * brutal war", "since the beginning of Russia's unprovoked invasion", "took action against
 * Russia's blatant disregard for norms". The coding guide codes such a qualification by a
 * speaker as criticism (11) of whose act it is, not as the act: the story does not report the
 * war, it condemns it. The patterns are noun rows of patterns.tsv whose target column is
 * {@value #SLOT}; whose act it is comes from rewrites.tsv "owned", as for "condemned the war".
 * Pure and thread-safe.
 */
final class Judgements {

  /** The target column of a judging noun pattern. */
  static final String SLOT = "judged";
  private static final int MAX_CLIMB = 8;

  private Judgements() {}

  /**
   * The firing of a judging noun pattern on noun {@code n}: the judged act is the target; who
   * judges is the subject of the nearest verb above the noun that has one, whoever speaks or
   * acts in the clause. A noun inside that subject ("Russia's brutal war killed thousands")
   * is the writer's word, not a speaker's: no source.
   */
  static Firing firing(Sentence s, int n, EventPattern p) {
    int node = n;
    for (int depth = 0; depth < MAX_CLIMB; depth++) {
      Dependency up = s.treeParent(node);
      if (up == null || up.governor() < 0 || up.base().startsWith("nsubj")) {
        break;
      }
      node = up.governor();
      if (s.token(node).isVerb()) {
        List<Integer> speakers = Arguments.subjects(s, node);
        if (!speakers.isEmpty()) {
          return new Firing(p, n, node, speakers, List.of(n), "(judged)", -1);
        }
      }
    }
    return new Firing(p, n, n, List.of(), List.of(n), "(judged)", -1);
  }
}
