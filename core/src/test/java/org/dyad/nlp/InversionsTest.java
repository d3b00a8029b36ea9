package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InversionsTest {

  private static List<Token> tokens(String... wordTags) {
    return HandTokens.of(wordTags);
  }

  @Test
  void speakerAfterTheVerbBecomesItsSubjectAndTheQuoteItsComplement() {
    // "We agree , " said Ruto .
    List<Token> t = tokens("We/PRP", "agree/VBP", ",/,", "''/''", "said/VBD", "Ruto/NNP", "./.");
    List<Dependency> deps = List.of(new Dependency("root", -1, 4),
        new Dependency("nsubj", 1, 0), new Dependency("dep", 4, 1),
        new Dependency("xcomp", 4, 5), new Dependency("punct", 4, 6));
    List<Dependency> out = Inversions.repair(t, deps);
    assertTrue(out.contains(new Dependency("nsubj", 4, 5)));
    assertTrue(out.contains(new Dependency("ccomp", 4, 1)));
    assertEquals(deps.size(), out.size());
  }

  @Test
  void aVerbWithItsSubjectBeforeItIsLeftAlone() {
    // Ruto , he said , thanked Kenya .
    List<Token> t = tokens("Ruto/NNP", "said/VBD", ",/,", "thanked/VBD", "Kenya/NNP", "./.");
    List<Dependency> deps = List.of(new Dependency("root", -1, 3),
        new Dependency("nsubj", 3, 0), new Dependency("parataxis", 3, 1),
        new Dependency("obj", 3, 4));
    assertSame(deps, Inversions.repair(t, deps));
  }
}
