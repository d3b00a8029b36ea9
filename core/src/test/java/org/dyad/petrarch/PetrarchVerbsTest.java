package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.Diagnostic;
import org.dyad.TestShared;
import org.dyad.Tsv;
import org.dyad.events.Codebook;
import org.dyad.events.PatternDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PetrarchVerbsTest {

  private static Codebook codebook;

  @BeforeAll
  static void load() {
    codebook = Codebook.standard();
  }

  private static PetrarchVerbs.Imported parse(String text) {
    return PetrarchVerbs.parse("test.verbs", text, codebook);
  }

  private static Optional<Tsv.Row> row(PetrarchVerbs.Imported imported, String words) {
    return imported.patterns().stream().filter(r -> r.get(2).equals(words)).findFirst();
  }

  private static Tsv.Row only(PetrarchVerbs.Imported imported, String words) {
    return row(imported, words).orElseThrow(() -> new AssertionError("no row '" + words
        + "' in " + imported.patterns()));
  }

  @Test
  void blockVerbTakesTheBlockCodeAndTheObject() {
    PetrarchVerbs.Imported i = parse("--- ACCUSE  [112] ---\nACCUSE {ACCUSES ACCUSED}\n");
    Tsv.Row r = only(i, "accuse");
    assertEquals("112", r.get(0));
    assertEquals("verb", r.get(1));
    assertTrue(r.get(3).startsWith("obj "), r.get(3));
    assertEquals("test.verbs", r.file());
    assertEquals(2, r.line());
    assertEquals(1, i.counts().verbs());
  }

  @Test
  void targetAfterTheVerbIsTheObject() {
    PetrarchVerbs.Imported i = parse("--- ATTACK [190] ---\nATTACK\n+BOMBARD\n"
        + "--- HIT [---] ---\nHIT\n- * + [193]\n");
    Tsv.Row r = only(i, "hit");
    assertEquals("193", r.get(0));
    assertEquals("obj", r.get(3));
    assertEquals(6, r.line());
  }

  @Test
  void prepositionBeforeTheTargetIsTheSlot() {
    PetrarchVerbs.Imported i = parse("--- PROTEST [---] ---\nPROTEST\n- * AGAINST + [141]\n"
        + "--- APPEAL [---] ---\nAPPEAL\n- * TO + [020]\n");
    assertEquals("against", only(i, "protest").get(3));
    assertEquals("to", only(i, "appeal").get(3));
  }

  @Test
  void particleAndObjectWordBecomeRequiredWords() {
    PetrarchVerbs.Imported i = parse("--- CALL [---] ---\nCALL\n- *_ON [020]\n"
        + "- * CEASEFIRE [0873]\n- * DIPLOMATIC TIES [054]\n- * AID TO + [070]\n");
    Tsv.Row on = only(i, "call on");
    assertEquals("020", on.get(0));
    assertTrue(on.get(3).startsWith("on "), on.get(3));
    assertEquals("0873", only(i, "call ceasefire").get(0));
    assertEquals("054", only(i, "call ties").get(0));
    assertEquals("054", only(i, "call tie").get(0)); // the lemma Dyad compares
    assertEquals("to", only(i, "call aid").get(3));
    assertEquals(4, i.counts().translated());
  }

  @Test
  void adverbsBeforeTheVerbBecomeRequiredWords() {
    PetrarchVerbs.Imported i = parse("--- CRITICIZE [111] ---\nCRITICIZE\n- HEAVILY * [112]\n"
        + "- NOT * AID [054]\n");
    assertEquals("112", only(i, "criticize heavily").get(0));
    assertEquals("054", only(i, "criticize aid not").get(0));
  }

  @Test
  void synonymSetsExpandAndNest() {
    PetrarchVerbs.Imported i = parse("&MONEY\n+DOLLAR\n+&METAL\n\n&METAL\n+GOLD\n\n"
        + "--- GIVE [070] ---\nGIVE\n- * &MONEY [071]\n");
    assertEquals("071", only(i, "give dollar").get(0));
    assertEquals("071", only(i, "give gold").get(0));
    assertEquals("070", only(i, "give").get(0));
  }

  @Test
  void patternsApplyToEveryVerbOfTheBlock() {
    PetrarchVerbs.Imported i = parse("--- HASTEN [---] ---\nHASTEN\nRUSH\n- * AID [070]\n");
    assertEquals("070", only(i, "hasten aid").get(0));
    assertEquals("070", only(i, "rush aid").get(0));
    assertFalse(row(i, "hasten").isPresent()); // [---]: no row for the bare verb
  }

  @Test
  void untranslatablePatternsAreCountedWithTheirLine() {
    PetrarchVerbs.Imported i = parse("--- SAY [---] ---\nSAY\n- SAID * [010]\n"
        + "- * FROM $ [112]\n- % * [030]\n- * (TO BORDER) [154]\n");
    assertEquals(4, i.counts().untranslatable());
    assertEquals(0, i.patterns().size());
    assertTrue(i.problems().stream().anyMatch(d -> d.line() == 3
        && d.message().contains("words before the verb")), i.problems().toString());
  }

  @Test
  void codesThatAreNotCameoAreSkippedWithADiagnostic() {
    PetrarchVerbs.Imported i = parse("--- BREAK [1717] ---\nBREAK\n- * TREATY [161]\n"
        + "- * BONE [xyz]\n- * DEAL [032:033]\n");
    assertFalse(row(i, "break").isPresent());
    assertEquals("161", only(i, "break treaty").get(0));
    assertEquals("032", only(i, "break deal").get(0)); // a paired code keeps its first
    assertEquals(2, i.counts().badCodes());
    assertTrue(i.problems().stream().anyMatch(d -> d.line() == 1 || d.line() == 2));
    assertTrue(i.problems().stream().anyMatch(d -> d.line() == 4
        && d.severity() == Diagnostic.Severity.WARNING));
  }

  @Test
  void commentsDuplicatesAndBadLinesNeverThrow() {
    PetrarchVerbs.Imported i = parse("<!-- a comment\nspanning lines -->\nSTRAY\n"
        + "--- NO CODE ---\n--- MEET [040] --- # note\nMEET # comment\n- * + [040]\n"
        + "- * + [041]\n- no star [040]\n- * + \n<!-- never closed\n");
    assertEquals("040", only(i, "meet").get(0));
    assertEquals(2, i.counts().duplicates()); // "- * +" repeats the verb itself
    assertTrue(i.problems().stream().anyMatch(d -> d.line() == 3), i.problems().toString());
    assertTrue(i.problems().stream().anyMatch(d -> d.line() == 4), i.problems().toString());
    assertTrue(i.problems().stream().anyMatch(d -> d.message().contains("never closed")));
  }

  @Test
  void importedRowsLoadAfterTheShippedOnes() {
    PetrarchVerbs.Imported i = parse("--- MEET [036] ---\nMEET\n--- FROBNICATE [111] ---\n"
        + "FROBNICATE\n");
    PatternDictionary shipped = PatternDictionary.standard(codebook);
    PatternDictionary with = PatternDictionary.standardWith(codebook, List.of(i.patterns()));
    assertEquals(shipped.size() + 1, with.size());
    assertEquals(shipped.verbs("meet"), with.verbs("meet")); // shipped wins
    assertEquals("111", with.verbs("frobnicate").get(0).code().value());
    assertEquals("test.verbs", with.verbs("frobnicate").get(0).file());
  }

  @Test
  void theValidationSuiteVerbsReadWithFewProblems() throws IOException {
    Path file = TestShared.path("testdata/petrarch2/dictionaries/PETR.Validate.verbs.txt");
    PetrarchVerbs.Imported i = PetrarchVerbs.read(file, codebook);
    PetrarchVerbs.Counts c = i.counts();
    // docs/ACCURACY.md: 266 verb forms, 474 patterns, 200 translated; floors just below.
    assertTrue(c.verbs() >= 260, c.toString());
    assertTrue(c.patterns() >= 470, c.toString());
    assertTrue(c.translated() >= 195, c.toString());
    long errors = i.problems().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    assertTrue(errors <= 10, i.problems().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList().toString());
    assertTrue(i.problems().stream().allMatch(d -> d.line() > 0 || d.source().isEmpty()));
    // Every row loads into a dictionary without an error.
    PatternDictionary.standardWith(codebook, List.of(i.patterns()));
  }
}
