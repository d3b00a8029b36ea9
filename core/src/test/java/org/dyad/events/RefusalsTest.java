package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

class RefusalsTest {

  private static final Rewrites REWRITES = Rewrites.standard(Codebook.standard());
  private static final EventPattern MEET = new EventPattern(CameoCode.of("040"),
      EventPattern.Form.VERB, List.of("meet"), List.of("obj"), "patterns.tsv", 1);
  private static final EventPattern ATTACK = new EventPattern(CameoCode.of("190"),
      EventPattern.Form.VERB, List.of("attack"), List.of("obj"), "patterns.tsv", 2);

  private static Firing at(EventPattern p, int verb) {
    return new Firing(p, verb, verb, List.of(0), List.of(verb + 1), "", -1);
  }

  private static Sentence clause(String aux, String verb) {
    // "Iran <aux> not <verb> Iraq"
    return Parsed.of("Iran/NNP " + aux + "/MD not/RB " + verb + "/VB Iraq/NNP", "root -1 3",
        "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4");
  }

  @Test
  void aNegatedFutureMeetingIsARejection() {
    Sentence will = clause("will", "meet");
    assertEquals(Optional.of(CameoCode.of("125")),
        Refusals.refusal(will, at(MEET, 3), false, REWRITES));
    Sentence would = clause("would", "meet");
    assertEquals(Optional.of(CameoCode.of("125")),
        Refusals.refusal(would, at(MEET, 3), true, REWRITES), "reported speech");
    assertEquals(Optional.empty(), Refusals.refusal(would, at(MEET, 3), false, REWRITES),
        "'would' outside speech is hypothetical");
  }

  @Test
  void aNegatedPastActOrARefusedAttackStaysNegated() {
    Sentence did = Parsed.of("Iran/NNP did/VBD/do not/RB meet/VB Iraq/NNP", "root -1 3",
        "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4");
    assertEquals(Optional.empty(), Refusals.refusal(did, at(MEET, 3), false, REWRITES));
    assertEquals(Mode.NEGATED, Refusals.mode(did, at(MEET, 3), false));
    Sentence attack = clause("will", "attack");
    assertEquals(Optional.empty(), Refusals.refusal(attack, at(ATTACK, 3), false, REWRITES));
    assertEquals(Mode.NEGATED, Refusals.mode(attack, at(ATTACK, 3), false));
  }
}
