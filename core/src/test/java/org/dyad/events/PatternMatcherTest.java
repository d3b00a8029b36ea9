package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pattern language applied to hand-built parses: every kind of element, and the filter. */
class PatternMatcherTest {

  private static final PatternDictionary PATTERNS = Parsed.patterns(
      "1241\tverb\tcall on\tobj",
      "1041\tverb\turge to lift sanction\tobj",
      "1411\tverb\trally for right\t-",
      "0233\tverb\tdemand humanitarian aid\t-",
      "1413\tverb\tmarch demanding resignation\t-",
      "1011\tverb\tdemand\tobj",
      "041\tnoun\tphone call\twith",
      "1422\tnoun\tdemocracy hunger strike\t-",
      "175\tverb\tcrack down on\tobj",
      "016\tverb\tcall baseless\tobj");
  private static final PatternMatcher MATCHER = new PatternMatcher(PATTERNS);

  private static EventPattern pattern(String id) {
    return Parsed.pattern(PATTERNS, id);
  }

  /**
   * Whether a pattern's elements hold on a hand-built parse: pattern id, the head token, the
   * sentence, its dependencies (separated by ";"), and whether the pattern holds.
   */
  static Stream<Arguments> readings() {
    return Stream.of(
        // a particle
        Arguments.of("1241 verb \"call on\"", 1, "Iran/NNP called/VBD/call on/RP NATO/NNP",
            "root -1 1; nsubj 1 0; compound:prt 1 2; obj 1 3", true),
        // a preposition and its noun, not another noun
        Arguments.of("1411 verb \"rally for right\"", 1,
            "Women/NNS/woman rallied/VBD/rally for/IN rights/NNS/right",
            "root -1 1; nsubj 1 0; case 3 2; obl:for 1 3", true),
        Arguments.of("1411 verb \"rally for right\"", 1,
            "Women/NNS/woman rallied/VBD/rally for/IN peace/NN",
            "root -1 1; nsubj 1 0; case 3 2; obl:for 1 3", false),
        // an object noun with its modifiers right before it, not apart
        Arguments.of("0233 verb \"demand humanitarian aid\"", 1,
            "Oxfam/NNP demanded/VBD/demand humanitarian/JJ aid/NN",
            "root -1 1; nsubj 1 0; amod 3 2; obj 1 3", true),
        Arguments.of("0233 verb \"demand humanitarian aid\"", 1,
            "Oxfam/NNP demanded/VBD/demand humanitarian/JJ urgent/JJ aid/NN",
            "root -1 1; nsubj 1 0; amod 4 2; amod 4 3; obj 1 4", false),
        // a participle clause on the verb, or hung on its object
        Arguments.of("1413 verb \"march demanding resignation\"", 1,
            "They/PRP marched/VBD/march demanding/VBG/demand resignation/NN",
            "root -1 1; nsubj 1 0; advcl 1 2; obj 2 3", true),
        Arguments.of("1413 verb \"march demanding resignation\"", 1,
            "They/PRP marched/VBD/march streets/NNS/street demanding/VBG/demand resignation/NN",
            "root -1 1; nsubj 1 0; obj 1 2; acl 2 3; obj 3 4", true),
        // the preposition of a phrasal verb
        Arguments.of("175 verb \"crack down on\"", 1,
            "Police/NNS/police cracked/VBD/crack down/RP on/IN protesters/NNS",
            "root -1 1; nsubj 1 0; compound:prt 1 2; case 4 3; obl:on 1 4", true),
        // a predicate hung on the last noun of the object, after it: still the verb's
        Arguments.of("016 verb \"call baseless\"", 1,
            "He/PRP called/VBD/call claims/NNS/claim of/IN fraud/NN baseless/JJ",
            "root -1 1; nsubj 1 0; obj 1 2; case 4 3; nmod:of 2 4; amod 4 5", true),
        // an adjective before its noun is the noun's, not a predicate
        Arguments.of("016 verb \"call baseless\"", 1,
            "He/PRP called/VBD/call baseless/JJ claims/NNS/claim lies/NNS/lie",
            "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; xcomp 1 4", false));
  }

  @ParameterizedTest
  @MethodSource("readings")
  void elementsHoldOnTheirDependents(String id, int head, String tagged, String deps,
      boolean holds) {
    assertEquals(holds, MATCHER.holds(Parsed.of(tagged, deps.split(";")), head, pattern(id)));
  }

  @Test
  void missingParticleSaysWhichWordNothingTakes() {
    Sentence s = Parsed.of("Iran/NNP called/VBD/call NATO/NNP", "root -1 1", "nsubj 1 0",
        "obj 1 2");
    assertEquals(Optional.of("needs 'on' attached to the verb: nothing takes 'on'"),
        MATCHER.miss(s, 1, pattern("1241 verb \"call on\"")));
  }

  @Test
  void markedClauseMovesOnToItsVerb() {
    // "EU urged Iran to lift sanctions"
    Sentence s = Parsed.of("EU/NNP urged/VBD/urge Iran/NNP to/TO lift/VB sanctions/NNS/sanction",
        "root -1 1", "nsubj 1 0", "obj 1 2", "xcomp 1 4", "mark 4 3", "obj 4 5");
    assertTrue(MATCHER.holds(s, 1, pattern("1041 verb \"urge to lift sanction\"")));
    // The object belongs to the clause's verb, not to "urged".
    Sentence other = Parsed.of("EU/NNP urged/VBD/urge sanctions/NNS/sanction to/TO lift/VB",
        "root -1 1", "nsubj 1 0", "obj 1 2", "xcomp 1 4", "mark 4 3");
    assertEquals(Optional.of("needs 'to lift sanction' attached to the verb: nothing takes"
        + " 'sanction'"), MATCHER.miss(other, 1, pattern("1041 verb \"urge to lift sanction\"")));
  }

  @Test
  void nounModifiersStandRightBeforeTheHead() {
    Sentence s = Parsed.of("a/DT phone/NN call/NN with/IN Oman/NNP", "det 2 0",
        "compound 2 1", "case 4 3", "nmod:with 2 4");
    EventPattern phone = pattern("041 noun \"phone call\"");
    assertTrue(MATCHER.holds(s, 2, phone));
    Sentence video = Parsed.of("a/DT video/NN call/NN", "det 2 0", "compound 2 1");
    assertEquals(Optional.of("needs 'phone' right before the noun"),
        MATCHER.miss(video, 2, phone));
  }

  @Test
  void firstNounModifierMayNameThePurpose() {
    // "a hunger strike for democracy"
    Sentence s = Parsed.of("a/DT hunger/NN strike/NN for/IN democracy/NN", "det 2 0",
        "compound 2 1", "case 4 3", "nmod:for 2 4");
    assertTrue(MATCHER.holds(s, 2, pattern("1422 noun \"democracy hunger strike\"")));
  }

  @Test
  void compiledReadingsOfAVerbPatternTryLongerPhrasesFirst() {
    List<List<PatternElement>> readings = pattern("1041 verb \"urge to lift sanction\"")
        .elements();
    assertEquals(3, readings.size());
    assertEquals(List.of(new PatternElement.Participle("to"),
        new PatternElement.MarkedClause("to", "lift"),
        new PatternElement.PrepositionalNoun("to", List.of("lift"), "sanction"),
        new PatternElement.PrepositionalNoun("to", List.of(), "lift"),
        new PatternElement.ObjectNoun(List.of("to", "lift"), "sanction"),
        new PatternElement.ObjectNoun(List.of("to"), "lift"),
        new PatternElement.ObjectNoun(List.of(), "to"),
        new PatternElement.Attached("to"),
        new PatternElement.ClauseMark("to")), readings.get(0));
    assertEquals(List.of(new PatternElement.Before(List.of("phone"))),
        pattern("041 noun \"phone call\"").elements().get(0));
  }

  @Test
  void filterNeedsTheWordsOfEveryElementAndEnoughActors() {
    Sentence tagged = Parsed.of("Iran/NNP called/VBD/call on/RP NATO/NNP/nato");
    assertTrue(MATCHER.mayMatch(tagged, 2));
    assertFalse(MATCHER.mayMatch(tagged, 1), "a pattern with a target needs two actors");
    assertFalse(MATCHER.mayMatch(tagged, 0));
    Sentence noParticle = Parsed.of("Iran/NNP called/VBD/call NATO/NNP/nato");
    assertFalse(MATCHER.mayMatch(noParticle, 2));
    Sentence noun = Parsed.of("a/DT phone/NN call/NN");
    assertTrue(MATCHER.mayMatch(noun, 2));
    assertFalse(MATCHER.mayMatch(Parsed.of("a/DT video/NN call/NN"), 2));
  }

  @Test
  void filterPassesEverySentenceTheMatcherMatches() {
    List<Sentence> matched = List.of(
        Parsed.of("Police/NNS/police cracked/VBD/crack down/RP on/IN protesters/NNS",
            "root -1 1", "nsubj 1 0", "compound:prt 1 2", "case 4 3", "obl:on 1 4"),
        Parsed.of("a/DT hunger/NN strike/NN for/IN democracy/NN", "det 2 0",
            "compound 2 1", "case 4 3", "nmod:for 2 4"));
    for (Sentence s : matched) {
      assertTrue(MATCHER.mayMatch(s, 2), s.text());
    }
  }
}
