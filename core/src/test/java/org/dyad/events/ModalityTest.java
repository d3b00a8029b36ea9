package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ModalityTest {

  @Test
  void conditionIsNotAnEvent() {
    // "if Iran attacks Iraq, ..."
    Sentence s = Parsed.of("if/IN Iran/NNP attacks/VBZ/attack Iraq/NNP", "mark 2 0",
        "nsubj 2 1", "obj 2 3");
    assertTrue(Modality.isConditional(s, 2));
  }

  @Test
  void aSinceClauseIsRecalledBackground() {
    // "... since insurgents captured Mosul and stormed Tikrit": the start of a period
    Sentence clause = Parsed.of("since/IN insurgents/NNS captured/VBD/capture Mosul/NNP"
        + " and/CC stormed/VBD/storm Tikrit/NNP", "mark 2 0", "nsubj 2 1", "obj 2 3",
        "cc 5 4", "conj:and 2 5", "obj 5 6");
    assertTrue(Modality.isRecalled(clause, 2));
    assertTrue(Modality.isRecalled(clause, 5), "a clause joined to it");
    // "since the attack, police arrested five": a time, not a clause
    Sentence time = Parsed.of("since/IN the/DT attack/NN ,/, police/NNS arrested/VBD/arrest"
        + " five/CD", "root -1 5", "case 2 0", "det 2 1", "obl:since 5 2", "nsubj 5 4",
        "obj 5 6");
    assertFalse(Modality.isRecalled(time, 5));
    assertFalse(Modality.isRecalled(time, 2));
  }

  @Test
  void auxiliariesGiveTheMode() {
    Sentence will = Parsed.of("Iran/NNP will/MD attack/VB Iraq/NNP", "root -1 2",
        "nsubj 2 0", "aux 2 1", "obj 2 3");
    assertEquals(Mode.FUTURE, Modality.of(will, 2, false));
    Sentence would = Parsed.of("Iran/NNP would/MD attack/VB Iraq/NNP", "root -1 2",
        "nsubj 2 0", "aux 2 1", "obj 2 3");
    assertEquals(Mode.FUTURE, Modality.of(would, 2, true), "reported speech");
    assertEquals(Mode.HYPOTHETICAL, Modality.of(would, 2, false));
    assertEquals(1, Modality.obligation(Parsed.of("Iran/NNP must/MD attack/VB",
        "root -1 2", "nsubj 2 0", "aux 2 1"), 2));
  }

  @Test
  void beingReadyToActIsAnIntentButPreparingIsAnAct() {
    Sentence ready = Parsed.of("Iran/NNP is/VBZ/be ready/JJ to/TO attack/VB Iraq/NNP",
        "root -1 2", "nsubj 2 0", "cop 2 1", "xcomp 2 4", "mark 4 3", "obj 4 5");
    assertEquals(Mode.FUTURE, Modality.of(ready, 4, false));
    Sentence prepared = Parsed.of("Iran/NNP prepared/VBD/prepare to/TO attack/VB Iraq/NNP",
        "root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 4");
    assertEquals(Mode.ASSERTED, Modality.of(prepared, 3, false));
  }

  @Test
  void negation() {
    Sentence s = Parsed.of("Iran/NNP did/VBD/do not/RB attack/VB Iraq/NNP", "root -1 3",
        "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4");
    assertTrue(Modality.negated(s, 3));
    assertFalse(Modality.negated(s, 0));
  }

  @Test
  void actInTheComplementOfAThreatIsNotAFact() {
    // "Iran threatened to attack Iraq": the attack is what was threatened.
    PatternDictionary patterns = Parsed.patterns("138\tverb\tthreaten\tobj",
        "190\tverb\tattack\tobj");
    Sentence s = Parsed.of("Iran/NNP threatened/VBD/threaten to/TO attack/VB Iraq/NNP",
        "root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 4");
    EventPattern threaten = patterns.verbs("threaten").get(0);
    Firing threat = new Firing(threaten, 1, 1, List.of(0), List.of(4), "", -1);
    Rewrites rewrites = Rewrites.standard(Codebook.standard());
    assertEquals(1, Modality.governor(s, 3, Map.of(1, threat), rewrites));
    assertEquals(-1, Modality.governor(s, 3, Map.of(), rewrites));
  }

  @Test
  void aCountSinceATimeIsATallyAndAnUncountedActIsNot() {
    // "Japan has given $2 billion since January": a running total, not news.
    Sentence total = Parsed.of("Japan/NNP has/VBZ/have given/VBN/give $/$ 2/CD billion/CD"
        + " since/IN January/NNP", "root -1 2", "nsubj 2 0", "aux 2 1", "obj 2 3",
        "nummod 3 5", "compound 5 4", "case 7 6", "obl:since 2 7");
    assertTrue(Modality.isTally(total, 2));
    // "Peru has granted asylum to officers ... since the invasion": no count, still news.
    Sentence grant = Parsed.of("Peru/NNP has/VBZ/have granted/VBN/grant asylum/NN"
        + " since/IN invasion/NN", "root -1 2", "nsubj 2 0", "aux 2 1", "obj 2 3",
        "case 5 4", "obl:since 2 5");
    assertFalse(Modality.isTally(grant, 2));
    // "Japan gave $2 billion": no perfect, no "since".
    Sentence gave = Parsed.of("Japan/NNP gave/VBD/give $/$ 2/CD billion/CD", "root -1 1",
        "nsubj 1 0", "obj 1 2", "nummod 2 4", "compound 4 3");
    assertFalse(Modality.isTally(gave, 1));
  }
}
