package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Whom a protest backing a hostile act is aimed at, on hand-built parses. Invented texts. */
class BackingTest {

  private static final PatternDictionary PATTERNS = Parsed.patterns(
      "141\tnoun\trally\tagainst",
      "051\tnoun\tsupport\tfor");
  private static final PatternMatcher MATCHER = new PatternMatcher(PATTERNS);

  private static List<Integer> targets(Sentence s, int rally, String id) {
    Firing f = Arguments.ofNoun(s, rally, Parsed.pattern(PATTERNS, id), MATCHER::isLightVerb);
    return Backing.targets(s, f);
  }

  @Test
  void aRallyBackingAThreatIsAimedAtWhomTheThreatIsAgainst() {
    // "Koreans held a rally in support of the threat against Japan"
    Sentence s = Parsed.of("Koreans/NNPS held/VBD/hold a/DT rally/NN in/IN support/NN of/IN"
        + " the/DT threat/NN against/IN Japan/NNP", "root -1 1", "nsubj 1 0", "det 3 2",
        "obj 1 3", "case 5 4", "nmod:in 3 5", "case 8 6", "det 8 7", "nmod:of 5 8",
        "case 10 9", "nmod:against 8 10");
    assertEquals(List.of(10), targets(s, 3, "141 noun \"rally\""));
  }

  @Test
  void aRallyBackingAPeopleOrDoingNoProtestNamesNoOne() {
    // "Iranians held a rally in support of the Palestinians"
    Sentence s = Parsed.of("Iranians/NNPS held/VBD/hold a/DT rally/NN in/IN support/NN of/IN"
        + " the/DT Palestinians/NNPS", "root -1 1", "nsubj 1 0", "det 3 2", "obj 1 3",
        "case 5 4", "nmod:in 3 5", "case 8 6", "det 8 7", "nmod:of 5 8");
    assertEquals(List.of(), targets(s, 3, "141 noun \"rally\""));
    // Support itself (05) is no protest: "support for the threat against Japan"
    Sentence t = Parsed.of("support/NN in/IN support/NN of/IN the/DT threat/NN against/IN"
        + " Japan/NNP", "root -1 0", "case 2 1", "nmod:in 0 2", "case 5 3", "det 5 4",
        "nmod:of 2 5", "case 7 6", "nmod:against 5 7");
    assertEquals(List.of(), targets(t, 0, "051 noun \"support\""));
  }
}
