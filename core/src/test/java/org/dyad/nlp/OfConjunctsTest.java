package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfConjunctsTest {

  private static List<Token> tokens(String... wordTags) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < wordTags.length; i++) {
      String[] wt = wordTags[i].split("/");
      out.add(new Token(i, wt[0], wt[0].toLowerCase(java.util.Locale.ROOT), wt[1], "O", i,
          i + 1));
    }
    return out;
  }

  @Test
  void aSecondOfPhraseWithTheSameHeadBecomesTheFirstOnesConjunct() {
    // the Government of Peru and the Government of Chile signed a pact
    List<Token> t = tokens("the/DT", "Government/NN", "of/IN", "Peru/NNP", "and/CC", "the/DT",
        "Government/NN", "of/IN", "Chile/NNP", "signed/VBD", "a/DT", "pact/NN");
    List<Dependency> deps = List.of(new Dependency("root", -1, 9),
        new Dependency("det", 1, 0), new Dependency("nsubj", 9, 1),
        new Dependency("case", 3, 2), new Dependency("nmod:of", 1, 3),
        new Dependency("cc", 6, 4), new Dependency("det", 6, 5),
        new Dependency("conj:and", 3, 6), new Dependency("nmod:of", 1, 6),
        new Dependency("case", 8, 7), new Dependency("nmod:of", 6, 8),
        new Dependency("det", 11, 10), new Dependency("obj", 9, 11));
    List<Dependency> out = OfConjuncts.repair(t, deps);
    assertTrue(out.contains(new Dependency("nsubj", 9, 6)));
    assertTrue(out.contains(new Dependency("conj:and", 1, 6)));
    assertFalse(out.contains(new Dependency("conj:and", 3, 6)));
    assertFalse(out.contains(new Dependency("nmod:of", 1, 6)));
  }

  @Test
  void aConjunctWithAnotherHeadIsLeftAlone() {
    // the Government of Peru and the people of Chile
    List<Token> t = tokens("the/DT", "Government/NN", "of/IN", "Peru/NNP", "and/CC", "the/DT",
        "people/NNS", "of/IN", "Chile/NNP");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("det", 1, 0), new Dependency("case", 3, 2),
        new Dependency("nmod:of", 1, 3), new Dependency("cc", 6, 4),
        new Dependency("det", 6, 5), new Dependency("conj:and", 3, 6),
        new Dependency("nmod:of", 1, 6), new Dependency("case", 8, 7),
        new Dependency("nmod:of", 6, 8));
    assertSame(deps, OfConjuncts.repair(t, deps));
  }
}
