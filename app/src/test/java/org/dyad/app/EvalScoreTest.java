package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.dyad.events.EventDate;
import org.junit.jupiter.api.Test;

/** Gold-file parsing, matching and the precision/recall/F1 and date arithmetic of eval. */
class EvalScoreTest {

  private static final double EPS = 1e-9;

  private static EvalScore.Gold gold(String article, String source, String target, String root,
      String from, String to) {
    return new EvalScore.Gold(article, source, target, root,
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 1);
  }

  private static EvalScore.Coded coded(String article, String id, String source, String target,
      String root, String day, EventDate.Source from) {
    return new EvalScore.Coded(article, id, source, target, root,
        new EventDate(LocalDate.parse(day), EventDate.Precision.DAY, from));
  }

  private static EvalScore.GoldFile parse(String text) {
    return EvalScore.parse("gold.jsonl", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(String line) {
    Result<EvalScore.Gold> r = EvalScore.parseLine("gold.jsonl", 7, line);
    assertTrue(r.isSkipped(), "should be rejected: " + line);
    return r.diagnostics().get(0).toString();
  }

  @Test
  void readsDaysRangesFullCodesAndMissingTargets() {
    EvalScore.GoldFile f = parse("\uFEFF{\"article\":\"a\",\"source\":\"irngov\","
        + "\"target\":\"ISR\",\"root\":\"111\",\"date\":\"2021-05-09\",\"note\":\"ignored\"}\r\n"
        + "\n"
        + "   \n"
        + "{\"article\":\"b\",\"source\":\"CHN\",\"target\":null,\"root\":\"04\","
        + "\"date_from\":\"2022-01-01\",\"date_to\":\"2022-01-05\"}\n"
        + "{\"article\":\"c\",\"source\":\"IGOUNO\",\"root\":\"20\"}");
    assertEquals(List.of(), f.problems());
    assertEquals(3, f.events().size());
    EvalScore.Gold a = f.events().get(0);
    assertEquals("IRNGOV", a.source());
    assertEquals("ISR", a.target());
    assertEquals("11", a.root());
    assertEquals(LocalDate.of(2021, 5, 9), a.from());
    assertEquals(a.from(), a.to());
    assertEquals(1, a.line());
    EvalScore.Gold b = f.events().get(1);
    assertNull(b.target());
    assertEquals(LocalDate.of(2022, 1, 1), b.from());
    assertEquals(LocalDate.of(2022, 1, 5), b.to());
    assertEquals(4, b.line(), "blank lines still count");
    EvalScore.Gold c = f.events().get(2);
    assertFalse(c.dated());
    assertEquals(5, c.line());
  }

  @Test
  void badLinesAreNamedWithTheirLineAndSkipped() {
    EvalScore.GoldFile f = parse("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"01\"}\n"
        + "{not json\n"
        + "{\"article\":\"a\",\"source\":\"IRN\",\"root\":4}\n"
        + "{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"01\"}\n");
    assertEquals(2, f.events().size());
    assertEquals(List.of(2, 3), f.problems().stream().map(Diagnostic::line).toList());
    assertTrue(f.problems().get(0).toString().startsWith("gold.jsonl line 2: not a JSON"
        + " object"), f.problems().get(0).toString());
    assertTrue(f.problems().get(1).toString().endsWith("; line skipped"));
    assertEquals(Diagnostic.Severity.ERROR, f.problems().get(1).severity());
  }

  @Test
  void eachFieldSaysWhatIsWrong() {
    assertTrue(problem("[1,2]").contains("line 7: not a JSON object"));
    assertTrue(problem("{\"a\":1} {\"b\":2}").contains("not a JSON object"));
    assertTrue(problem("{\"article\":\"a\",\"article\":\"b\",\"source\":\"IRN\",\"root\":\"01\"}")
        .contains("Duplicate field"));
    assertTrue(problem("{\"source\":\"IRN\",\"root\":\"01\"}").contains("no \"article\""));
    assertTrue(problem("{\"article\":5,\"source\":\"IRN\",\"root\":\"01\"}")
        .contains("\"article\" must be"));
    assertTrue(problem("{\"article\":\"a\",\"root\":\"01\"}").contains("no \"source\""));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IR\",\"root\":\"01\"}")
        .contains("\"source\" must be an actor code such as \"IRN\""));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"target\":7,\"root\":\"01\"}")
        .contains("\"target\" must be"));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\"}").contains("no \"root\""));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"21\"}")
        .contains("\"root\" must be a CAMEO code as text"));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"4\"}")
        .contains("not \"4\""));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"04\","
        + "\"date\":\"9 May 2021\"}").contains("\"date\" must be a date YYYY-MM-DD, not"
        + " \"9 May 2021\""));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"04\","
        + "\"date\":\"2021-02-30\"}").contains("\"date\" must be a date"));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"04\","
        + "\"date_from\":\"2021-05-01\"}").contains("needs both"));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"04\","
        + "\"date\":\"2021-05-01\",\"date_to\":\"2021-05-02\"}").contains("not both"));
    assertTrue(problem("{\"article\":\"a\",\"source\":\"IRN\",\"root\":\"04\","
        + "\"date_from\":\"2021-05-03\",\"date_to\":\"2021-05-02\"}")
        .contains("\"date_from\" 2021-05-03 is after \"date_to\" 2021-05-02"));
  }

  @Test
  void undecodableLinesAndBinaryFilesAreReportedNotThrown() {
    byte[] latin1 = "{\"article\":\"caf\u00e9\",\"source\":\"IRN\",\"root\":\"01\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    EvalScore.GoldFile f = EvalScore.parse("g", latin1);
    assertEquals(List.of(), f.events());
    assertEquals("g line 1: cannot be decoded as UTF-8; line skipped",
        f.problems().get(0).toString());
    EvalScore.GoldFile utf16 = EvalScore.parse("g",
        "{\"article\":\"a\"}\n".getBytes(StandardCharsets.UTF_16LE));
    assertEquals(1, utf16.problems().size());
    assertTrue(utf16.problems().get(0).message().contains("not a UTF-8 text file"));
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    String seed = "{\"article\":\"a\",\"source\":\"IRN\",\"target\":\"ISR\",\"root\":\"111\","
        + "\"date_from\":\"2021-05-01\",\"date_to\":\"2021-05-09\"}\n";
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = seed.repeat(3).getBytes(StandardCharsets.UTF_8);
      for (int k = random.nextInt(6); k >= 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      EvalScore.GoldFile f = EvalScore.parse("g", bytes);
      assertTrue(f.events().size() + f.problems().size() >= 1);
    }
  }

  @Test
  void matchingComparesArticleRootAndThreeLetterPrefixes() {
    EvalScore.Gold g = gold("a", "IRN", "ISR", "11", null, null);
    EventDate.Source pub = EventDate.Source.PUBLICATION;
    assertTrue(EvalScore.matches(g, coded("a", "1", "IRNGOV", "ISRMIL", "11", "2021-05-09",
        pub)));
    assertFalse(EvalScore.matches(g, coded("b", "1", "IRN", "ISR", "11", "2021-05-09", pub)));
    assertFalse(EvalScore.matches(g, coded("a", "1", "IRN", "ISR", "12", "2021-05-09", pub)));
    assertFalse(EvalScore.matches(g, coded("a", "1", "ISR", "IRN", "11", "2021-05-09", pub)));
    assertFalse(EvalScore.matches(g, coded("a", "1", "IRN", null, "11", "2021-05-09", pub)));
    assertFalse(EvalScore.matches(g, coded("a", "1", null, "ISR", "11", "2021-05-09", pub)));
    assertFalse(EvalScore.matches(g, coded("a", "1", "GO", "ISR", "11", "2021-05-09", pub)));
    EvalScore.Gold anyTarget = gold("a", "IRNGOV", null, "11", null, null);
    assertTrue(EvalScore.matches(anyTarget, coded("a", "1", "IRN", null, "11", "2021-05-09",
        pub)));
    assertTrue(EvalScore.matches(anyTarget, coded("a", "1", "IRNREB", "USA", "11",
        "2021-05-09", pub)));
  }

  @Test
  void datesAgreeWithinTheRangeGiveOrTakeTheTolerance() {
    EvalScore.Gold day = gold("a", "IRN", null, "11", "2021-05-09", "2021-05-09");
    EvalScore.Gold range = gold("a", "IRN", null, "11", "2021-05-01", "2021-05-31");
    EventDate on8 = new EventDate(LocalDate.of(2021, 5, 8), EventDate.Precision.DAY,
        EventDate.Source.TEXT);
    EventDate on9 = new EventDate(LocalDate.of(2021, 5, 9), EventDate.Precision.DAY,
        EventDate.Source.TEXT);
    EventDate may = new EventDate(LocalDate.of(2021, 5, 1), EventDate.Precision.MONTH,
        EventDate.Source.TEXT);
    EventDate year = new EventDate(LocalDate.of(2021, 1, 1), EventDate.Precision.YEAR,
        EventDate.Source.TEXT);
    assertEquals(EvalScore.DateCheck.WITHIN, EvalScore.checkDate(day, on9, 0));
    assertEquals(EvalScore.DateCheck.OUTSIDE, EvalScore.checkDate(day, on8, 0));
    assertEquals(EvalScore.DateCheck.WITHIN, EvalScore.checkDate(day, on8, 1));
    assertEquals(EvalScore.DateCheck.WITHIN, EvalScore.checkDate(range, on8, 0));
    assertEquals(EvalScore.DateCheck.WITHIN, EvalScore.checkDate(range, may, 0));
    assertEquals(EvalScore.DateCheck.OUTSIDE, EvalScore.checkDate(day, may, 0));
    assertEquals(EvalScore.DateCheck.OUTSIDE, EvalScore.checkDate(range, year, 0));
    assertEquals(EvalScore.DateCheck.OUTSIDE, EvalScore.checkDate(day, EventDate.unknown(),
        30));
    assertEquals(EvalScore.DateCheck.NOT_JUDGED, EvalScore.checkDate(
        gold("a", "IRN", null, "11", null, null), on9, 0));
  }

  @Test
  void countsPerRootAndMicroAveragedOverall() {
    EventDate.Source text = EventDate.Source.TEXT;
    EventDate.Source pub = EventDate.Source.PUBLICATION;
    List<EvalScore.Gold> golds = List.of(
        gold("a", "IRN", "ISR", "11", "2021-05-09", "2021-05-09"),
        gold("b", "CHN", "USA", "11", "2022-01-01", "2022-01-04"),
        gold("a", "ISR", "IRN", "17", "2021-05-09", "2021-05-09"),
        gold("b", "USA", null, "14", null, null));
    List<EvalScore.Coded> codeds = List.of(
        coded("a", "a-0", "IRN", "ISR", "11", "2021-05-09", text),
        coded("b", "b-0", "CHNGOV", "USA", "11", "2022-01-05", pub),
        coded("b", "b-1", "RUS", "IND", "05", "2022-01-05", pub));
    EvalScore.Score s = EvalScore.score(golds, codeds, 0);

    assertEquals(List.of("05", "11", "14", "17"), List.copyOf(s.roots().keySet()));
    EvalScore.Counts r11 = s.roots().get("11");
    assertEquals(List.of(2, 2, 2, 0, 0), List.of(r11.gold(), r11.coded(), r11.tp(), r11.fp(),
        r11.fn()));
    assertEquals(1.0, r11.precision().getAsDouble(), EPS);
    assertEquals(1.0, r11.f1().getAsDouble(), EPS);
    EvalScore.Counts r05 = s.roots().get("05");
    assertEquals(List.of(0, 1, 0, 1, 0), List.of(r05.gold(), r05.coded(), r05.tp(), r05.fp(),
        r05.fn()));
    assertEquals(0.0, r05.precision().getAsDouble(), EPS);
    assertTrue(r05.recall().isEmpty(), "no gold event: recall undefined");
    assertEquals(0.0, r05.f1().getAsDouble(), EPS);
    EvalScore.Counts r17 = s.roots().get("17");
    assertTrue(r17.precision().isEmpty(), "nothing coded: precision undefined");
    assertEquals(0.0, r17.recall().getAsDouble(), EPS);
    assertEquals(1, r17.fn());

    EvalScore.Counts all = s.all();
    assertEquals(List.of(4, 3, 2, 1, 2), List.of(all.gold(), all.coded(), all.tp(), all.fp(),
        all.fn()));
    assertEquals(2.0 / 3, all.precision().getAsDouble(), EPS);
    assertEquals(0.5, all.recall().getAsDouble(), EPS);
    assertEquals(4.0 / 7, all.f1().getAsDouble(), EPS);
    // Dates: a's is within (from the text), b's 2022-01-05 is a day past the range.
    assertEquals(List.of(2, 1, 1, 1, 1, 0, 0), List.of(all.datesJudged(), all.datesWithin(),
        all.text(), all.textWithin(), all.publication(), all.publicationWithin(),
        all.noDate()));
    assertEquals(0.5, all.dateAgreement().getAsDouble(), EPS);
    assertEquals(List.of(golds.get(2), golds.get(3)), s.missed());
    assertEquals(List.of(codeds.get(2)), s.spurious());

    EvalScore.Counts tolerant = EvalScore.score(golds, codeds, 1).all();
    assertEquals(2, tolerant.datesWithin());
    assertEquals(2, tolerant.tp(), "tolerance changes dates only");
  }

  @Test
  void matchingIsOneToOneAndSpecificGoldEventsGoFirst() {
    EventDate.Source pub = EventDate.Source.PUBLICATION;
    // The untargeted gold event comes first in the file but must not take the only IRN->ISR.
    List<EvalScore.Gold> golds = List.of(
        gold("a", "IRN", null, "11", null, null),
        gold("a", "IRN", "ISR", "11", null, null),
        gold("a", "IRN", "ISR", "11", null, null));
    EvalScore.Coded toIsrael = coded("a", "a-1", "IRN", "ISR", "11", "2021-05-09", pub);
    EvalScore.Coded toNobody = coded("a", "a-2", "IRN", null, "11", "2021-05-09", pub);
    EvalScore.Score s = EvalScore.score(golds, List.of(toNobody, toIsrael), 0);
    assertEquals(2, s.all().tp());
    assertEquals(1, s.all().fn());
    assertEquals(0, s.all().fp());
    assertSame(golds.get(2), s.missed().get(0));
    assertSame(toIsrael, s.pairs().stream().filter(p -> p.gold() == golds.get(1)).findFirst()
        .orElseThrow().coded());
  }

  @Test
  void aCandidateWhoseDateAgreesIsPreferred() {
    List<EvalScore.Gold> golds = List.of(gold("a", "IRN", "ISR", "11", "2021-05-07",
        "2021-05-07"));
    EvalScore.Coded published = coded("a", "a-1", "IRN", "ISR", "11", "2021-05-09",
        EventDate.Source.PUBLICATION);
    EvalScore.Coded fromText = coded("a", "a-2", "IRN", "ISR", "11", "2021-05-07",
        EventDate.Source.TEXT);
    EvalScore.Score s = EvalScore.score(golds, List.of(published, fromText), 0);
    assertSame(fromText, s.pairs().get(0).coded());
    assertEquals(EvalScore.DateCheck.WITHIN, s.pairs().get(0).date());
    assertEquals(List.of(published), s.spurious());
  }

  @Test
  void emptyInputsAndBadToleranceAreHandled() {
    EvalScore.Score s = EvalScore.score(List.of(), List.of(), 0);
    assertTrue(s.roots().isEmpty());
    assertTrue(s.all().precision().isEmpty());
    assertTrue(s.all().recall().isEmpty());
    assertTrue(s.all().f1().isEmpty());
    assertTrue(s.all().dateAgreement().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> EvalScore.score(List.of(), List.of(),
        -1));
  }
}
