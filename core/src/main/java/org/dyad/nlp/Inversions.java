package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs the quotative inversion ("'We appreciate the support,' said Clinton."). CoreNLP often
 * hangs the speaker after the verb as its object or open complement, or the quote before it as
 * a bare {@code dep}; either leaves every "we" or "it" in the quote with no speaker. The shape
 * is recognised from the tree alone: a verb right after a comma or closing quote, with no
 * subject before it, a clause before it (the quote) and a noun phrase right after it (the
 * speaker). The speaker becomes the verb's subject and the quote its clausal complement.
 */
final class Inversions {

  private static final Set<String> SPEAKER_RELATIONS = Set.of("nsubj", "xcomp", "obj", "dobj");
  private static final Set<String> QUOTED = Set.of("ccomp", "parataxis", "dep");
  private static final Set<String> BEFORE_VERB = Set.of(",", "''", "``", "\"", "”", "’");
  /** Words a speaker's noun phrase opens with: "said the minister", "said U.S. envoy Jane Roe". */
  private static final Set<String> PHRASE_TAGS =
      Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH");

  private Inversions() {}

  /** The dependencies with an inverted speaker and quote relabelled; the same list if none. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = null;
    for (int v = 1; v < tokens.size(); v++) {
      int speaker = invertedSpeaker(tokens, deps, v);
      if (speaker < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      for (int i = 0; i < out.size(); i++) {
        Dependency d = out.get(i);
        if (d.governor() == v && d.dependent() == speaker) {
          out.set(i, new Dependency("nsubj", v, speaker));
        } else if (d.governor() == v && d.dependent() < v && d.relation().equals("dep")) {
          out.set(i, new Dependency("ccomp", v, d.dependent()));
        }
      }
    }
    return out == null ? deps : out;
  }

  /** The speaker after verb {@code v} in an inversion, or -1 when {@code v} opens none. */
  private static int invertedSpeaker(List<Token> tokens, List<Dependency> deps, int v) {
    if (!tokens.get(v).pos().startsWith("VB") || !BEFORE_VERB.contains(tokens.get(v - 1).word())) {
      return -1;
    }
    int speaker = -1;
    boolean quoteBefore = false;
    for (Dependency d : deps) {
      if (d.governor() != v) {
        continue;
      }
      int c = d.dependent();
      if (d.base().equals("nsubj") && c < v) {
        return -1;
      }
      quoteBefore |= QUOTED.contains(d.relation()) && c < v;
      if (speaker < 0 && c > v && SPEAKER_RELATIONS.contains(d.base())
          && (tokens.get(c).pos().startsWith("NN") || tokens.get(c).pos().equals("PRP"))
          && opensPhrase(tokens, v, c)) {
        speaker = c;
      }
    }
    return quoteBefore ? speaker : -1;
  }

  private static boolean opensPhrase(List<Token> tokens, int v, int head) {
    for (int t = v + 1; t < head; t++) {
      if (!PHRASE_TAGS.contains(tokens.get(t).pos())) {
        return false;
      }
    }
    return true;
  }
}
