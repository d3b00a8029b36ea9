package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

class JointTest {

  private static final CameoCode DEMAND = CameoCode.of("100");
  private static final PatternDictionary PATTERNS = Parsed.patterns("030\tverb\tagree\twith to",
      "040\tverb\tdiscuss\twith", "040\tverb\tconfer\twith", "040\tnoun\ttalk\twith",
      "046\tnoun\tnegotiation\twith");

  private static Firing agree(Sentence s, int verb, List<Integer> sources) {
    return new Firing(Parsed.pattern(PATTERNS, "030 verb \"agree\""), verb, verb, sources,
        List.of(), "", -1);
  }

  @Test
  void needForAThingIsADemandOfNoOne() {
    // "They agreed on the need for a ceasefire"
    Sentence s = Parsed.of("They/PRP agreed/VBD/agree on/IN the/DT need/NN for/IN a/DT "
        + "ceasefire/NN", "root -1 1", "nsubj 1 0", "case 4 2", "det 4 3", "obl:on 1 4",
        "case 7 5", "det 7 6", "nmod:for 4 7");
    Optional<Firing> d = Joint.demand(s, agree(s, 1, List.of(0)), DEMAND);
    assertTrue(d.isPresent());
    assertEquals(DEMAND, d.get().pattern().code());
    assertEquals(List.of(0), d.get().sources());
    assertEquals(List.of(), d.get().targets());
    assertTrue(Joint.sharedView(s, agree(s, 1, List.of(0))));
  }

  @Test
  void needToActIsAViewNotADemand() {
    // "They agreed on the need to address grievances"
    Sentence s = Parsed.of("They/PRP agreed/VBD/agree on/IN the/DT need/NN to/TO "
        + "address/VB grievances/NNS/grievance", "root -1 1", "nsubj 1 0", "case 4 2",
        "det 4 3", "obl:on 1 4", "mark 6 5", "acl 4 6", "obj 6 7");
    assertFalse(Joint.demand(s, agree(s, 1, List.of(0)), DEMAND).isPresent());
    assertTrue(Joint.sharedView(s, agree(s, 1, List.of(0))));
  }

  @Test
  void mustClauseIsADemandOfItsNamedSubject() {
    // "They agreed that Russia must withdraw"
    Sentence s = Parsed.of("They/PRP agreed/VBD/agree that/IN Russia/NNP must/MD "
        + "withdraw/VB", "root -1 1", "nsubj 1 0", "mark 5 2", "nsubj 5 3", "aux 5 4",
        "ccomp 1 5");
    Firing d = Joint.demand(s, agree(s, 1, List.of(0)), DEMAND).orElseThrow();
    assertEquals(List.of(3), d.targets());
    assertEquals(4, d.trigger());
    // "They agreed that an inquiry must begin": of no one in particular.
    Sentence inquiry = Parsed.of("They/PRP agreed/VBD/agree that/IN an/DT inquiry/NN "
        + "must/MD begin/VB", "root -1 1", "nsubj 1 0", "mark 6 2", "det 4 3", "nsubj 6 4",
        "aux 6 5", "ccomp 1 6");
    assertEquals(List.of(),
        Joint.demand(inquiry, agree(inquiry, 1, List.of(0)), DEMAND).orElseThrow().targets());
  }

  @Test
  void shouldAsksOnlyWithSomeoneToActAndNeverOfTheSpeakers() {
    // "They agreed that disputes should be settled": a principle both accept (PETRARCH's 030).
    Sentence principle = Parsed.of("They/PRP agreed/VBD/agree that/IN disputes/NNS/dispute "
        + "should/MD be/VB settled/VBN/settle", "root -1 1", "nsubj 1 0", "mark 6 2",
        "nsubj:pass 6 3", "aux 6 4", "aux:pass 6 5", "ccomp 1 6");
    assertFalse(Joint.demand(principle, agree(principle, 1, List.of(0)), DEMAND).isPresent());
    // "They agreed that they must meet again": their own intent.
    Sentence own = Parsed.of("They/PRP agreed/VBD/agree that/IN they/PRP must/MD meet/VB",
        "root -1 1", "nsubj 1 0", "mark 5 2", "nsubj 5 3", "aux 5 4", "ccomp 1 5");
    assertFalse(Joint.demand(own, agree(own, 1, List.of(0)), DEMAND).isPresent());
  }

  @Test
  void aRightAgreedIsBackingForItsHolder() {
    // "They agreed that Israel has the right to act", as CoreNLP parses it.
    Sentence s = Parsed.of("They/PRP agreed/VBD/agree that/IN Israel/NNP has/VBZ/have "
        + "the/DT right/NN to/TO act/VB", "root -1 1", "nsubj 1 0", "mark 4 2", "nsubj 4 3",
        "ccomp 1 4", "det 6 5", "nsubj 8 6", "mark 8 7", "ccomp 4 8");
    Firing b = Joint.backing(s, agree(s, 1, List.of(0))).orElseThrow();
    assertEquals("051", b.pattern().code().value());
    assertEquals(List.of(3), b.targets());
  }

  @Test
  void talksThatAConsultationIsAboutAreItsTopic() {
    // "They conferred about the talks with Iran"
    Sentence s = Parsed.of("They/PRP conferred/VBD/confer about/IN the/DT talks/NNS/talk "
        + "with/IN Iran/NNP", "root -1 1", "nsubj 1 0", "case 4 2", "det 4 3",
        "obl:about 1 4", "case 6 5", "nmod:with 4 6");
    Firing confer = new Firing(Parsed.pattern(PATTERNS, "040 verb \"confer\""), 1, 1,
        List.of(0), List.of(), "", -1);
    Firing talks = new Firing(Parsed.pattern(PATTERNS, "040 noun \"talk\""), 4, 1,
        List.of(0), List.of(6), "", -1);
    Map<Integer, Firing> all = new TreeMap<>(Map.of(1, confer, 4, talks));
    Joint.dropTopics(s, all);
    assertEquals(List.of(1), List.copyOf(all.keySet()));
    // "They discussed the negotiations with Iran": Iran is the negotiations' party, not theirs.
    Sentence d = Parsed.of("They/PRP discussed/VBD/discuss the/DT "
        + "negotiations/NNS/negotiation with/IN Iran/NNP", "root -1 1", "nsubj 1 0",
        "det 3 2", "obj 1 3", "case 5 4", "nmod:with 3 5");
    Firing discuss = new Firing(Parsed.pattern(PATTERNS, "040 verb \"discuss\""), 1, 1,
        List.of(0), List.of(5), "", -1);
    Firing negotiations = new Firing(Parsed.pattern(PATTERNS, "046 noun \"negotiation\""), 3,
        3, List.of(), List.of(5), "", -1);
    Map<Integer, Firing> both = new TreeMap<>(Map.of(1, discuss, 3, negotiations));
    Joint.dropTopics(d, both);
    assertEquals(List.of(1), List.copyOf(both.keySet()));
    assertEquals(List.of(), both.get(1).targets());
  }
}
