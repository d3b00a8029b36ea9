package org.dyad.events;

import java.util.function.Predicate;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The light verb of an event noun that the parser made the subject of the participle after it:
 * in "forces launched airstrikes utilized against ..." or "conducted nine strikes coordinated
 * with the government", CoreNLP reads the participle as a clause of the light verb whose
 * subject is the noun, where the noun is the light verb's object and the participle
 * describes it. Pure and thread-safe.
 */
final class Participles {

  private Participles() {}

  /**
   * The light verb whose object event noun {@code n} is, read through that misparse, or -1:
   * {@code n} is the subject of a past participle that hangs on a light verb as its
   * {@code xcomp} or {@code dep}, and nothing but the noun's own modifiers ("nine") stands
   * between the light verb and the noun.
   */
  static int lightVerbOf(Sentence s, int n, Predicate<Token> light) {
    for (Dependency d : s.parents(n)) {
      int participle = d.governor();
      if (!d.relation().equals("nsubj") || participle <= n
          || !s.token(participle).pos().equals("VBN")) {
        continue;
      }
      for (Dependency up : s.parents(participle)) {
        int verb = up.governor();
        if ((up.relation().equals("xcomp") || up.relation().equals("dep")) && verb >= 0
            && verb < n && s.token(verb).isVerb() && light.test(s.token(verb))
            && s.children(verb, "obj").isEmpty() && adjacent(s, verb, n)) {
          return verb;
        }
      }
    }
    return -1;
  }

  /** Whether every token between the verb and the noun modifies the noun. */
  private static boolean adjacent(Sentence s, int verb, int n) {
    for (int t = verb + 1; t < n; t++) {
      int at = t;
      if (s.parents(at).stream().noneMatch(p -> p.governor() == n)) {
        return false;
      }
    }
    return true;
  }
}
