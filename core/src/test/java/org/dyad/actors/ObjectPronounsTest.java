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

class ObjectPronounsTest {

  private static final ActorRef CHAD =
      new ActorRef("TCD", "TCD", "TCD", "Chad", "Chad", true, "exact");

  /** "Niger criticised Chad , accusing it" or "Niger welcomed the report , calling it". */
  private static Sentence sentence(String text, String tags, List<Dependency> deps) {
    String[] words = text.split(" ");
    String[] tag = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], words[i].toLowerCase(), tag[i], "O", at,
          at + words[i].length()));
      at += words[i].length() + 1;
    }
    return new Sentence(0, 0, at, text, tokens, deps, List.of());
  }

  @Test
  void anObjectItTakesTheActorOfTheObjectBeforeIt() {
    Sentence s = sentence("Niger criticised Chad , accusing it", "NNP VBD NNP , VBG PRP",
        List.of(new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
            new Dependency("advcl", 1, 4), new Dependency("obj", 4, 5)));
    Optional<ActorRef> a = ObjectPronouns.of(s, 5,
        i -> i == 2 ? Optional.of(CHAD) : Optional.empty());
    assertEquals("TCD", a.orElseThrow().code());
    assertEquals("coreference", a.get().resolvedBy());
  }

  @Test
  void anItWhoseObjectBeforeIsNoActorStaysUnresolved() {
    Sentence s = sentence("Niger welcomed report , calling it", "NNP VBD NN , VBG PRP",
        List.of(new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
            new Dependency("advcl", 1, 4), new Dependency("obj", 4, 5)));
    // the subject resolves, the report does not: "it" is not the subject
    assertTrue(ObjectPronouns.of(s, 5,
        i -> i == 0 ? Optional.of(CHAD) : Optional.empty()).isEmpty());
  }
}
