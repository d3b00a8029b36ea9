package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccusationsTest {

  /** Tokens written "word/TAG" or "word/TAG/lemma". */
  private static List<Token> tokens(String... wordTags) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < wordTags.length; i++) {
      String[] wt = wordTags[i].split("/");
      out.add(new Token(i, wt[0], wt.length > 2 ? wt[2] : wt[0], wt[1], "O", i, i + 1));
    }
    return out;
  }

  @Test
  void aPastAccusationReadAsAModifierTakesTheWordBeforeAsSubject() {
    // Kenya 's military accused rebels of attacks , saying ... (parsed as one noun phrase)
    List<Token> t = tokens("Kenya/NNP", "'s/POS", "military/JJ", "accused/VBN/accuse",
        "rebels/NNS", "of/IN", "attacks/NNS");
    List<Dependency> deps = List.of(new Dependency("root", -1, 4),
        new Dependency("nmod:poss", 4, 0), new Dependency("amod", 4, 2),
        new Dependency("amod", 4, 3), new Dependency("case", 6, 5),
        new Dependency("nmod:of", 4, 6));
    Accusations.Parse out = Accusations.repair(t, deps);
    assertTrue(out.deps().contains(new Dependency("nsubj", 3, 2)));
    assertTrue(out.deps().contains(new Dependency("obj", 3, 4)));
    assertTrue(out.deps().contains(new Dependency("obl:of", 3, 6)));
    assertTrue(out.deps().contains(new Dependency("nmod:poss", 2, 0)));
    assertFalse(out.deps().contains(new Dependency("amod", 4, 3)));
    assertEquals("NN", out.tokens().get(2).pos());
  }

  @Test
  void aParticipleReadAsAModifierHangsOnTheMainVerb() {
    // Officials say ... - accusing Russia of aggression .
    List<Token> t = tokens("Officials/NNS", "say/VBP", "-/HYPH", "accusing/VBG/accuse",
        "Russia/NNP", "of/IN", "aggression/NN");
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("amod", 4, 3),
        new Dependency("dep", 1, 4), new Dependency("case", 6, 5),
        new Dependency("nmod:of", 4, 6));
    Accusations.Parse out = Accusations.repair(t, deps);
    assertTrue(out.deps().contains(new Dependency("advcl", 1, 3)));
    assertTrue(out.deps().contains(new Dependency("obj", 3, 4)));
    assertTrue(out.deps().contains(new Dependency("obl:of", 3, 6)));
    assertSame(t, out.tokens());
  }

  @Test
  void theAccusedAfterADeterminerIsLeftAlone() {
    // The accused rebels of the province were freed .
    List<Token> t = tokens("The/DT", "accused/VBN/accuse", "rebels/NNS", "of/IN",
        "province/NN", "were/VBD", "freed/VBN/free");
    List<Dependency> deps = List.of(new Dependency("root", -1, 6),
        new Dependency("det", 2, 0), new Dependency("amod", 2, 1),
        new Dependency("nsubj:pass", 6, 2), new Dependency("case", 4, 3),
        new Dependency("nmod:of", 2, 4));
    Accusations.Parse out = Accusations.repair(t, deps);
    assertSame(deps, out.deps());
    assertSame(t, out.tokens());
  }
}
