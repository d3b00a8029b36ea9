package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.nlp.Sentence;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sources and targets of matched patterns, from hand-built parses. */
class ArgumentsTest {

  private static final PatternDictionary PATTERNS = Parsed.patterns(
      "190\tverb\tattack\tobj",
      "1241\tverb\tcall on\tobj",
      "138\tverb\tthreaten\tobj",
      "040\tnoun\ttalk\twith",
      "195\tnoun\tair raid\ton against",
      "0234\tverb\toffer\tiobj obj",
      "161\tverb\tsever\twith",
      "125\tverb\treject\tobj");
  private static final PatternMatcher MATCHER = new PatternMatcher(PATTERNS);

  private static EventPattern pattern(String id) {
    return Parsed.pattern(PATTERNS, id);
  }

  /**
   * A verb pattern's arguments on a hand-built parse: pattern id, the verb's token, the
   * sentence, its dependencies (";"-separated), the source and target heads, and how the
   * pattern was applied.
   */
  static Stream<org.junit.jupiter.params.provider.Arguments> verbs() {
    return Stream.of(
        // the subject and the object
        row("190 verb \"attack\"", 1, "Iran/NNP attacked/VBD/attack Iraq/NNP",
            "root -1 1; nsubj 1 0; obj 1 2", List.of(0), List.of(2), ""),
        // in the passive, the agent and the subject: "Iraq was attacked by Iran"
        row("190 verb \"attack\"", 2, "Iraq/NNP was/VBD/be attacked/VBN/attack by/IN Iran/NNP",
            "root -1 2; nsubj:pass 2 0; aux:pass 2 1; case 4 3; obl:agent 2 4", List.of(4),
            List.of(0), "(passive)"),
        // a preposition on the object: "Mali severed ties with France"
        row("161 verb \"sever\"", 1, "Mali/NNP severed/VBD/sever ties/NNS/tie with/IN France/NNP",
            "root -1 1; nsubj 1 0; obj 1 2; case 4 3; nmod:with 2 4", List.of(0), List.of(4),
            ""),
        // the indirect object is the recipient: "Japan offered the Philippines vessels"
        row("0234 verb \"offer\"", 1,
            "Japan/NNP offered/VBD/offer Philippines/NNP vessels/NNS/vessel",
            "root -1 1; nsubj 1 0; iobj 1 2; obj 1 3", List.of(0), List.of(2), ""),
        // a conjunct handed the first verb's passive subject, with an object of its own, is
        // active: "he was praised by Iran and attacked Iraq"
        row("190 verb \"attack\"", 6,
            "he/PRP was/VBD/be praised/VBN/praise by/IN Iran/NNP and/CC attacked/VBD/attack"
                + " Iraq/NNP",
            "root -1 2; nsubj:pass 2 0; aux:pass 2 1; case 4 3; obl:agent 2 4; cc 6 5;"
                + " conj:and 2 6; nsubj:pass 6 0; obj 6 7", List.of(0), List.of(7), ""),
        // no object on "threatened": the act's, "Iran threatened to attack Israel"
        row("138 verb \"threaten\"", 1,
            "Iran/NNP threatened/VBD/threaten to/TO attack/VB Israel/NNP",
            "root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; obj 3 4", List.of(0), List.of(4),
            "(complement: attack)"));
  }

  private static org.junit.jupiter.params.provider.Arguments row(String id, int verb,
      String tagged, String deps, List<Integer> sources, List<Integer> targets,
      String construction) {
    return org.junit.jupiter.params.provider.Arguments.of(id, verb, tagged, deps, sources,
        targets, construction);
  }

  @ParameterizedTest
  @MethodSource("verbs")
  void verbArguments(String id, int verb, String tagged, String deps, List<Integer> sources,
      List<Integer> targets, String construction) {
    Firing f = Arguments.ofVerb(Parsed.of(tagged, deps.split(";")), verb, pattern(id));
    assertEquals(sources, f.sources());
    assertEquals(targets, f.targets());
    assertEquals(construction, f.construction());
  }

  @Test
  void nonFiniteVerbBorrowsTheSubjectOfItsGovernor() {
    // "Iran decided to attack Iraq"
    Sentence s = Parsed.of("Iran/NNP decided/VBD/decide to/TO attack/VB Iraq/NNP",
        "root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 4");
    assertEquals(List.of(0), Arguments.subjects(s, 3));
  }

  @Test
  void particleReadAsAParticlePlusObjectGivesTheTarget() {
    Sentence s = Parsed.of("Iran/NNP called/VBD/call on/RP NATO/NNP", "root -1 1",
        "nsubj 1 0", "compound:prt 1 2", "obj 1 3");
    assertEquals(List.of(3), Arguments.verbTargets(s, 1, "on", false));
  }

  @Test
  void clauseMarkedByTheSlotGivesItsSubject() {
    // CoreNLP reads "called on Sudan to open" as a clause "Sudan to open" marked by "on".
    Sentence s = Parsed.of("UN/NNP called/VBD/call on/IN Sudan/NNP to/TO open/VB",
        "root -1 1", "nsubj 1 0", "advcl 1 5", "mark 5 2", "nsubj 5 3", "mark 5 4");
    assertEquals(List.of(3), Arguments.verbTargets(s, 1, "on", false));
  }

  @Test
  void eventNounAfterALightVerb() {
    // "Iran held talks with Oman"
    Sentence s = Parsed.of("Iran/NNP held/VBD/hold talks/NNS/talk with/IN Oman/NNP",
        "root -1 1", "nsubj 1 0", "obj 1 2", "case 4 3", "nmod:with 2 4");
    Firing f = Arguments.ofNoun(s, 2, pattern("040 noun \"talk\""), MATCHER::isLightVerb);
    assertEquals(1, f.anchor());
    assertEquals(List.of(0), f.sources());
    assertEquals(List.of(4), f.targets());
    assertEquals("(light verb: held)", f.construction());
  }

  @Test
  void anActTheNounTellsHowWasDoneLendsItsTarget() {
    // "jets hit camps in raids against rebels": the raids are against the verb's rebels.
    Sentence s = Parsed.of("jets/NNS/jet hit/VBD/hit camps/NNS/camp in/IN air/NN"
        + " raids/NNS/raid against/IN rebels/NNS/rebel", "root -1 1", "nsubj 1 0", "obj 1 2",
        "case 5 3", "compound 5 4", "obl:in 1 5", "case 7 6", "obl:against 1 7");
    Firing f = Arguments.ofNoun(s, 5, pattern("195 noun \"air raid\""),
        MATCHER::isLightVerb);
    assertEquals(List.of(0), f.sources());
    assertEquals(List.of(7), f.targets());
    // A noun only placed by the verb's other phrase ("for" a reason) lends nothing.
    Sentence t = Parsed.of("jets/NNS/jet hit/VBD/hit camps/NNS/camp for/IN air/NN"
        + " raids/NNS/raid against/IN rebels/NNS/rebel", "root -1 1", "nsubj 1 0", "obj 1 2",
        "case 5 3", "compound 5 4", "obl:for 1 5", "case 7 6", "obl:against 1 7");
    assertEquals(List.of(), Arguments.ofNoun(t, 5, pattern("195 noun \"air raid\""),
        MATCHER::isLightVerb).targets());
  }

  @Test
  void talksBetweenTwoAreTheirs() {
    // "the talks between Iran and Oman"
    Sentence s = Parsed.of("the/DT talks/NNS/talk between/IN Iran/NNP and/CC Oman/NNP",
        "det 1 0", "case 3 2", "nmod:between 1 3", "cc 5 4", "conj:and 3 5",
        "nmod:between 1 5");
    Firing f = Arguments.ofNoun(s, 1, pattern("040 noun \"talk\""), MATCHER::isLightVerb);
    assertEquals(List.of(3, 5), f.sources());
    assertEquals(List.of(), f.targets());
  }

  @Test
  void whomASpeakerThanksForAnActDidIt() {
    // "Kenya thanked Oman for talks with Iran": Oman's talks, not Kenya's.
    Sentence s = Parsed.of("Kenya/NNP thanked/VBD/thank Oman/NNP for/IN talks/NNS/talk "
        + "with/IN Iran/NNP", "root -1 1", "nsubj 1 0", "obj 1 2", "case 4 3", "obl:for 1 4",
        "case 6 5", "nmod:with 4 6");
    Firing f = Arguments.ofNoun(s, 4, pattern("040 noun \"talk\""), MATCHER::isLightVerb);
    assertEquals(List.of(2), f.sources());
    assertEquals(List.of(6), f.targets());
  }

  @Test
  void possessiveIsTheSourceOfAnEventNoun() {
    // "Iran's talks with Oman"
    Sentence s = Parsed.of("Iran/NNP 's/POS talks/NNS/talk with/IN Oman/NNP",
        "nmod:poss 2 0", "case 0 1", "case 4 3", "nmod:with 2 4");
    Firing f = Arguments.ofNoun(s, 2, pattern("040 noun \"talk\""), MATCHER::isLightVerb);
    assertEquals(List.of(0), f.sources());
    assertEquals(List.of(4), f.targets());
  }

  @Test
  void actorNamedInsideAThing() {
    // "rejected calls for a ceasefire with Israel"
    Sentence s = Parsed.of("Hamas/NNP rejected/VBD/reject calls/NNS/call for/IN a/DT"
        + " ceasefire/NN with/IN Israel/NNP", "root -1 1", "nsubj 1 0", "obj 1 2",
        "case 5 3", "det 5 4", "nmod:for 2 5", "case 7 6", "nmod:with 5 7");
    assertEquals(List.of(7), Arguments.nestedTargets(s, List.of(2)));
  }
  @Test
  void aDemandIsMadeOfTheSubjectOfTheClauseDemanded() {
    // "Protesters demanded the speaker resign": the speaker.
    Sentence s = Parsed.of("Protesters/NNS/protester demanded/VBD/demand the/DT speaker/NN"
        + " resign/VB", "root -1 1", "nsubj 1 0", "det 3 2", "nsubj 4 3", "ccomp 1 4");
    assertEquals(List.of(3), Doers.clauseSubjects(s, 1));
  }

  @Test
  void aPurposeOfUsingAThingIsTheUsersAct() {
    // "Police used water cannon to disperse the crowd": police, not the cannon.
    Sentence s = Parsed.of("Police/NNS used/VBD/use cannon/NN to/TO disperse/VB crowds/NNS/crowd",
        "root -1 1", "nsubj 1 0", "obj 1 2", "mark 4 3", "xcomp 1 4", "nsubj:xsubj 4 2",
        "obj 4 5");
    assertEquals(List.of(0), Doers.governingSubjects(s, 4));
    // "... spared no effort to liberate ...": not a use of a thing, no one borrowed.
    Sentence intent = Parsed.of("Iran/NNP spared/VBD/spare efforts/NNS/effort to/TO"
        + " liberate/VB land/NN", "root -1 1", "nsubj 1 0", "obj 1 2", "mark 4 3",
        "xcomp 1 4", "nsubj:xsubj 4 2", "obj 4 5");
    assertEquals(List.of(), Doers.governingSubjects(intent, 4));
  }
}
