package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationsTest {

  private static List<Token> tokens(String... wordTags) {
    return HandTokens.of(wordTags);
  }

  @Test
  void aPastVerbAfterAPresentAdverbialClauseContinuesTheMainClause() {
    // Kenya welcomed aid as it helps and urged talks
    List<Token> t = tokens("Kenya/NNP", "welcomed/VBD", "aid/NN", "as/IN", "it/PRP",
        "helps/VBZ", "and/CC", "urged/VBD", "talks/NNS");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
        new Dependency("mark", 5, 3), new Dependency("nsubj", 5, 4),
        new Dependency("advcl:as", 1, 5), new Dependency("cc", 7, 6),
        new Dependency("advcl:as", 1, 7), new Dependency("conj:and", 5, 7),
        new Dependency("nsubj", 7, 4), new Dependency("obj", 7, 8));
    List<Dependency> out = Coordinations.repair(t, deps);
    assertTrue(out.contains(new Dependency("conj:and", 1, 7)));
    assertTrue(out.contains(new Dependency("nsubj", 7, 0)));
    assertFalse(out.contains(new Dependency("nsubj", 7, 4)));
    assertFalse(out.contains(new Dependency("advcl:as", 1, 7)));
  }

  @Test
  void pastVerbsInAPastClauseAreLeftAlone() {
    // Police fired as protesters marched and threw stones
    List<Token> t = tokens("Police/NNS", "fired/VBD", "as/IN", "protesters/NNS",
        "marched/VBD", "and/CC", "threw/VBD", "stones/NNS");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("mark", 4, 2),
        new Dependency("nsubj", 4, 3), new Dependency("advcl:as", 1, 4),
        new Dependency("conj:and", 4, 6), new Dependency("nsubj", 6, 3),
        new Dependency("obj", 6, 7));
    assertSame(deps, Coordinations.repair(t, deps));
  }
}
