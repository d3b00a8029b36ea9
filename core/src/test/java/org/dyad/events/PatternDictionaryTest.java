package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PatternDictionaryTest {

  private static Codebook codebook;
  private static PatternDictionary standard;

  @BeforeAll
  static void load() {
    codebook = Codebook.standard();
    standard = PatternDictionary.standard(codebook);
  }

  // --- The shipped dictionary ---

  @Test
  void standardLoads() {
    assertTrue(standard.size() > 0);
    assertEquals(standard.size(), standard.all().size());
  }

  @Test
  void everyRootHasPatterns() {
    Set<String> roots = new TreeSet<>();
    for (EventPattern p : standard.all()) {
      roots.add(p.code().root());
    }
    for (int root = 1; root <= 20; root++) {
      String r = String.format(Locale.ROOT, "%02d", root);
      assertTrue(roots.contains(r), "no pattern for root " + r + "; roots: " + roots);
    }
  }

  @Test
  void everyPatternCodeIsInTheCodebook() {
    for (EventPattern p : standard.all()) {
      assertTrue(codebook.contains(p.code().value()), p.id());
    }
  }

  @Test
  void allIsInFileOrder() {
    List<EventPattern> all = standard.all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).line() < all.get(i).line(), all.get(i).id());
    }
  }

  @Test
  void standardVerbPatternsAreLongestFirst() {
    for (EventPattern p : standard.all()) {
      List<EventPattern> list = p.form() == EventPattern.Form.VERB
          ? standard.verbs(p.head()) : standard.nouns(p.head());
      assertTrue(list.contains(p), p.id());
      for (int i = 1; i < list.size(); i++) {
        assertTrue(list.get(i - 1).words().size() >= list.get(i).words().size(),
            p.head() + ": " + list);
      }
    }
  }

  @Test
  void callOnComesBeforePlainCall() {
    List<EventPattern> call = standard.verbs("call");
    assertFalse(call.isEmpty());
    int callOn = indexOf(call, List.of("call", "on"));
    assertTrue(callOn >= 0, call.toString());
    int plain = indexOf(call, List.of("call"));
    if (plain >= 0) {
      assertTrue(callOn < plain, call.toString());
    }
    EventPattern p = call.get(callOn);
    assertEquals(EventPattern.Form.VERB, p.form());
    assertEquals("call", p.head());
    assertEquals(List.of("on"), p.others());
  }

  @Test
  void longestFirstWhenPlainVerbIsListedFirst() {
    PatternDictionary d = load("# verbs\n010\tverb\tcall\t-\n020\tverb\tcall on\ton\n"
        + "020\tverb\tcall upon\tupon\n", "");
    List<EventPattern> call = d.verbs("call");
    assertEquals(3, call.size());
    assertEquals(List.of("call"), call.get(2).words());
    assertEquals(2, call.get(0).words().size());
    assertEquals(2, call.get(1).words().size());
  }

  @Test
  void nounPatternsAreIndexedByTheirHead() {
    PatternDictionary d = load("041\tnoun\tphone call\twith\n040\tnoun\tcall\twith\n"
        + "040\tnoun\ttalks\twith\n", "");
    List<EventPattern> call = d.nouns("call");
    assertEquals(2, call.size());
    assertEquals(List.of("phone", "call"), call.get(0).words());
    assertEquals("041 noun \"phone call\"", call.get(0).id());
    assertEquals(List.of("phone"), call.get(0).others());
    assertEquals(List.of("with"), call.get(0).targets());
    assertTrue(d.verbs("call").isEmpty());
    assertEquals(3, d.size());
  }

  @Test
  void patternKeepsItsFileAndLine() {
    PatternDictionary d = load("# comment\n\n020\tverb\tCall On\ton\n", "");
    EventPattern p = d.verbs("call").get(0);
    assertEquals("patterns.tsv", p.file());
    assertEquals(3, p.line());
    assertEquals(List.of("call", "on"), p.words());
    assertEquals("020", p.code().value());
  }

  @Test
  void dashMeansNoTarget() {
    PatternDictionary d = load("010\tverb\tannounce\t-\n036\tverb\toffer\tobj iobj to\n", "");
    assertTrue(d.verbs("announce").get(0).targets().isEmpty());
    assertEquals(List.of("obj", "iobj", "to"), d.verbs("offer").get(0).targets());
  }

  @Test
  void lightVerbs() {
    assertTrue(standard.isLightVerb("hold"));
    assertTrue(standard.isLightVerb("carry"));
    assertFalse(standard.isLightVerb("condemn"));
    PatternDictionary d = load("", "# light\nHold\npay\n");
    assertTrue(d.isLightVerb("hold"));
    assertTrue(d.isLightVerb("pay"));
    assertFalse(d.isLightVerb("meet"));
  }

  // --- Bad lines ---

  @Test
  void unknownCameoCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("010\tverb\tsay\t-\n# bad\n0999\tverb\tfrob\t-\n", ""));
    assertMessage(e, "patterns.tsv line 3", "0999");
  }

  @Test
  void malformedCameoCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("41\tverb\tphone\t-\n", ""));
    assertMessage(e, "patterns.tsv line 1", "41");
  }

  @Test
  void unknownFormNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("010\tverb\tsay\t-\n010\tadjective\tvocal\t-\n", ""));
    assertMessage(e, "patterns.tsv line 2", "adjective");
  }

  @Test
  void badTargetSlotNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("010\tverb\tsay\t-\n040\tverb\tconsult\tobj2\n", ""));
    assertMessage(e, "patterns.tsv line 2", "obj2");
    DataFileException upper = assertThrows(DataFileException.class,
        () -> load("040\tverb\tconsult\tWith\n", ""));
    assertMessage(upper, "patterns.tsv line 1", "With");
  }

  @Test
  void duplicateFormAndWordsNamesBothLines() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("020\tverb\tcall on\ton\n010\tverb\tsay\t-\n# again\n"
            + "021\tverb\tcall  ON\ton\n", ""));
    assertMessage(e, "patterns.tsv line 4", "call on", "line 1");
  }

  @Test
  void sameWordsInAnotherFormAreNotADuplicate() {
    PatternDictionary d = load("190\tverb\tattack\tobj\n190\tnoun\tattack\ton\n", "");
    assertEquals(1, d.verbs("attack").size());
    assertEquals(1, d.nouns("attack").size());
  }

  @Test
  void missingWordsNameFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> load("010\tverb\t \t-\n", ""));
    assertMessage(e, "patterns.tsv line 1");
  }

  // --- Helpers ---

  private static PatternDictionary load(String patterns, String lightVerbs) {
    return PatternDictionary.load(Tsv.parse("patterns.tsv", patterns, 4),
        Tsv.parse("light-verbs.txt", lightVerbs, 1), codebook);
  }


  private static int indexOf(List<EventPattern> patterns, List<String> words) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).words().equals(words)) {
        return i;
      }
    }
    return -1;
  }

  private static void assertMessage(DataFileException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
    }
  }
}
