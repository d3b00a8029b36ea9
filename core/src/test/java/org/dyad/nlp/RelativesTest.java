package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelativesTest {

  private static List<Token> tokens(String... wordTags) {
    return HandTokens.of(wordTags);
  }

  @Test
  void aLooseClauseWhosePronounSubjectFollowsTheObjectIsTheObjectsRelativeClause() {
    // We appreciate the support we are getting from Peru
    List<Token> t = tokens("We/PRP", "appreciate/VBP", "the/DT", "support/NN", "we/PRP",
        "are/VBP", "getting/VBG", "from/IN", "Peru/NNP");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("nsubj", 6, 4),
        new Dependency("aux", 6, 5), new Dependency("parataxis", 1, 6),
        new Dependency("case", 8, 7), new Dependency("obl:from", 6, 8));
    List<Dependency> out = Relatives.repair(t, deps);
    assertTrue(out.contains(new Dependency("acl:relcl", 3, 6)));
    assertFalse(out.contains(new Dependency("parataxis", 1, 6)));
  }

  @Test
  void aClauseWithAnObjectOfItsOwnIsLeftAlone() {
    // We appreciate the support we thank Peru
    List<Token> t = tokens("We/PRP", "appreciate/VBP", "the/DT", "support/NN", "we/PRP",
        "thank/VBP", "Peru/NNP");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("nsubj", 5, 4),
        new Dependency("parataxis", 1, 5), new Dependency("obj", 5, 6));
    assertSame(deps, Relatives.repair(t, deps));
  }
}
