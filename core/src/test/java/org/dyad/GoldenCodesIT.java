package org.dyad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The codebook's coverage: every event code of {@code cameo.tsv}, 3-digit base code and
 * 4-digit sub-code alike, has at least one pattern in {@code patterns.tsv} and at least one
 * sentence in {@code golden/codes.txt}, and every sentence there codes as annotated (the rules
 * of {@link GoldenSentencesIT}; all mismatches are reported in one failure). The 2-digit
 * entries of cameo.tsv are root classes that group the codes, not codes an event carries, so
 * they need neither.
 */
class GoldenCodesIT {

  @Test
  void everyCodeHasAPattern() throws IOException {
    Set<String> patterned = firstColumn("/org/dyad/events/patterns.tsv");
    List<String> missing = eventCodes().stream().filter(c -> !patterned.contains(c)).toList();
    assertTrue(missing.isEmpty(), missing.size() + " 3- and 4-digit codes have no pattern: "
        + missing);
  }

  @Test
  void everyCodeHasASentence() throws IOException {
    Set<String> codes = firstColumn("/org/dyad/events/cameo.tsv");
    List<GoldenSentence> cases = GoldenSentence.parseAll(GoldenSentencesIT.lines(
        "/golden/codes.txt"));
    List<String> bad = cases.stream().filter(c -> !c.none())
        .filter(c -> c.event().length() < 3 || !codes.contains(c.event()))
        .map(c -> "line " + c.line() + ": " + c.event()).toList();
    assertTrue(bad.isEmpty(), "EVT marks must give a full code of cameo.tsv: " + bad);
    Set<String> annotated = cases.stream().filter(c -> !c.none()).map(GoldenSentence::event)
        .collect(Collectors.toSet());
    List<String> missing = eventCodes().stream().filter(c -> !annotated.contains(c)).toList();
    assertTrue(missing.isEmpty(), missing.size() + " 3- and 4-digit codes have no sentence: "
        + missing);
  }

  @Test
  void everyCodeSentenceCodesAsAnnotated() throws IOException {
    List<GoldenSentence> cases = GoldenSentence.parseAll(GoldenSentencesIT.lines(
        "/golden/codes.txt"));
    GoldenSentencesIT.assertCodedAsAnnotated(cases, "codes.txt");
  }

  /**
   * The codes of cameo.tsv that events carry, sorted: the 3-digit base codes and the 4-digit
   * sub-codes, not the 2-digit root classes.
   */
  private static List<String> eventCodes() throws IOException {
    return firstColumn("/org/dyad/events/cameo.tsv").stream()
        .filter(c -> c.length() == 3 || c.length() == 4).sorted().toList();
  }

  /** The first column of a tab-separated resource, less comments and blank lines. */
  private static Set<String> firstColumn(String resource) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String l : GoldenSentencesIT.lines(resource)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l.split("\t", -1)[0].strip());
      }
    }
    return out;
  }
}
