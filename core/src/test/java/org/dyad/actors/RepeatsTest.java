package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class RepeatsTest {

  private static final ActorRef GEORGIA =
      new ActorRef("GEO", "GEO", "GEO", "Georgia", "Georgian boats", true, "description");

  /** "Turkey stopped three Georgian boats and seized the boats|the fishing boats". */
  private static Sentence sentence(boolean modified) {
    String[] words = modified
        ? "Turkey stopped three Georgian boats and seized the fishing boats".split(" ")
        : "Turkey stopped three Georgian boats and seized the boats".split(" ");
    String[] tags = modified ? "NNP VBD CD JJ NNS CC VBD DT NN NNS".split(" ")
        : "NNP VBD CD JJ NNS CC VBD DT NNS".split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      String lemma = words[i].equals("boats") ? "boat" : words[i].toLowerCase();
      tokens.add(new Token(i, words[i], lemma, tags[i], "O", at, at + words[i].length()));
      at += words[i].length() + 1;
    }
    int head = words.length - 1;
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency("obj", 1, 4),
        new Dependency("amod", 4, 3), new Dependency("obj", 6, head),
        new Dependency("det", head, 7)));
    if (modified) {
      deps.add(new Dependency("compound", head, 8));
    }
    return new Sentence(0, 0, at, String.join(" ", words), tokens, deps, List.of());
  }

  @Test
  void aBareDefiniteNounTakesTheActorOfTheEarlierPhraseItRepeats() {
    Sentence s = sentence(false);
    Optional<ActorRef> a = Repeats.of(s, 8, List.of("amod", "compound"),
        i -> i == 4 ? Optional.of(GEORGIA) : Optional.empty());
    assertEquals("GEO", a.orElseThrow().code());
    assertEquals("coreference", a.get().resolvedBy());
  }

  @Test
  void aRepeatedNounWithModifiersOfItsOwnIsLeftAlone() {
    Sentence s = sentence(true);
    assertTrue(Repeats.of(s, 9, List.of("amod", "compound"),
        i -> Optional.of(GEORGIA)).isEmpty());
  }
}
