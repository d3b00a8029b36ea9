package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** What a speaker says an act amounts to: a judgement of that act, not the act. */
class EquationsTest {

  private static final EventPattern INVASION = new EventPattern(CameoCode.of("192"),
      EventPattern.Form.NOUN, List.of("invasion"), List.of("of"), "patterns.tsv", 7);

  private static final Sentence SAID = Parsed.of("Officials/NNS/official said/VBD/say the/DT"
      + " raid/NN amounted/VBD/amount to/IN an/DT invasion/NN", "root -1 1", "nsubj 1 0",
      "det 3 2", "nsubj 4 3", "ccomp 1 4", "case 7 5", "det 7 6", "obl:to 4 7");

  @Test
  void whatASpeakerSaysAnActAmountsToIsTheSpeakersCriticismOfIt() {
    Firing f = Equations.firing(SAID, 7, INVASION).orElseThrow();
    assertEquals("111", f.pattern().code().toString());
    assertEquals("patterns.tsv:7", f.pattern().source(), "traced to the noun's row");
    assertEquals(List.of(0), f.sources(), "the speaker");
    assertEquals(List.of(3), f.targets(), "the act judged, whose owner rewrites.tsv finds");
  }

  @Test
  void theWritersOwnWordsHaveNoSpeaker() {
    Sentence own = Parsed.of("The/DT raid/NN amounted/VBD/amount to/IN an/DT invasion/NN",
        "root -1 2", "det 1 0", "nsubj 2 1", "case 5 3", "det 5 4", "obl:to 2 5");
    assertEquals(List.of(), Equations.firing(own, 5, INVASION).orElseThrow().sources());
  }

  @Test
  void otherVerbsLeaveTheNounAlone() {
    Sentence led = Parsed.of("The/DT raid/NN led/VBD/lead to/IN an/DT invasion/NN",
        "root -1 2", "det 1 0", "nsubj 2 1", "case 5 3", "det 5 4", "obl:to 2 5");
    assertTrue(Equations.firing(led, 5, INVASION).isEmpty());
  }
}
