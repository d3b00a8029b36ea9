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
import org.dyad.actors.ActorRef;
import org.dyad.events.EventDate;
import org.dyad.events.Mode;
import org.junit.jupiter.api.Test;

/** Gold-file parsing, matching and the precision/recall/F1 and date arithmetic of eval. */
class EvalScoreTest {

  private static final double EPS = 1e-9;

  private static EvalScore.Gold gold(String article, String source, String target, String root,
      String from, String to) {
    return EvalScore.Gold.ofCodes(article, source, target, root,
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 1);
  }

  private static EvalScore.Coded coded(String article, String id, String source, String target,
      String root, String day, EventDate.Source from) {
    return new EvalScore.Coded(article, id, source, target, null, null, root, Mode.ASSERTED,
        new EventDate(LocalDate.parse(day), EventDate.Precision.DAY, from), "", "");
  }

  private static EvalScore.GoldFile parse(String text) {
    return EvalGoldReader.parse("gold.jsonl", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(String line) {
    Result<EvalScore.Gold> r = EvalGoldReader.parseLine("gold.jsonl", 7, line);
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
    EvalScore.GoldFile f = EvalGoldReader.parse("g", latin1);
    assertEquals(List.of(), f.events());
    assertEquals("g line 1: cannot be decoded as UTF-8; line skipped",
        f.problems().get(0).toString());
    EvalScore.GoldFile utf16 = EvalGoldReader.parse("g",
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
      EvalScore.GoldFile f = EvalGoldReader.parse("g", bytes);
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

  // The coding guide's rows: countries, several roots, "*" targets, either, the mode filter.

  private static final EventDate MAY_9 = new EventDate(LocalDate.of(2021, 5, 9),
      EventDate.Precision.DAY, EventDate.Source.TEXT);

  private static EvalScore.Gold row(String id, String src, String tgt, boolean either,
      String... roots) {
    return new EvalScore.Gold(id, "a", src, tgt.equals("*") ? null : tgt, List.of(roots),
        either, LocalDate.of(2021, 5, 9), LocalDate.of(2021, 5, 9), "note " + id,
        EvalScore.Format.GUIDE, 1);
  }

  private static EvalScore.Coded event(String id, String src, String tgt, String code,
      Mode mode, EventDate date) {
    return new EvalScore.Coded("a", id, src, tgt, src, tgt, code, mode, date, "rule " + id,
        "sentence " + id);
  }

  private static EvalScore.Coded event(String id, String src, String tgt, String code) {
    return event(id, src, tgt, code, Mode.ASSERTED, MAY_9);
  }

  @Test
  void guideRowsCompareCountriesAndAcceptAnyOfTheirRoots() {
    EvalScore.Gold g = row("G1", "USA", "IRN", false, "11", "04");
    assertTrue(EvalScore.matches(g, event("1", "USA", "IRN", "112")));
    assertTrue(EvalScore.matches(g, event("1", "USA", "IRN", "0411")));
    assertFalse(EvalScore.matches(g, event("1", "USA", "IRN", "05")), "not one of the roots");
    assertFalse(EvalScore.matches(g, event("1", "IRN", "USA", "11")), "not symmetric");
    assertFalse(EvalScore.matches(g, event("1", "USA", null, "11")), "a target is named");
    assertFalse(EvalScore.matches(g, new EvalScore.Coded("a", "1", "USAGOV", "IRNGOV", "USA",
        "IRQ", "11", Mode.ASSERTED, MAY_9, "", "")), "countries count, not code prefixes");
  }

  @Test
  void eitherMatchesTheReverseDirectionAndStarAnyTargetOrNone() {
    EvalScore.Gold talks = row("G1", "USA", "IRN", true, "04");
    assertTrue(EvalScore.matches(talks, event("1", "USA", "IRN", "040")));
    assertTrue(EvalScore.matches(talks, event("1", "IRN", "USA", "040")));
    assertFalse(EvalScore.matches(talks, event("1", "IRN", "IRQ", "040")));
    EvalScore.Gold statement = row("G2", "USA", "*", false, "11");
    assertTrue(EvalScore.matches(statement, event("1", "USA", null, "111")));
    assertTrue(EvalScore.matches(statement, event("1", "USA", "CHN", "111")));
    assertFalse(EvalScore.matches(statement, event("1", "CHN", "USA", "111")),
        "the source must still agree");
  }

  @Test
  void anInternationalOrganisationCountsAsIgo() {
    ActorRef un = new ActorRef("united-nations", "IGOUNO", null, "United Nations", "UN", true,
        "exact");
    ActorRef agent = new ActorRef("IGO", "IGO", null, "international organization",
        "international body", true, "agent");
    ActorRef ngo = new ActorRef("amnesty-international", "NGOHRI", null, "Amnesty", "Amnesty",
        true, "exact");
    ActorRef police = new ActorRef("COP", "COP", null, "police", "police", true, "agent");
    ActorRef france = new ActorRef("FRA", "FRA", "FRA", "France", "France", true, "country");
    assertEquals("IGO", EvalScore.country(un));
    assertEquals("IGO", EvalScore.country(agent));
    assertNull(EvalScore.country(ngo), "an NGO is no country and no IGO");
    assertNull(EvalScore.country(police), "an agent without a country agrees with none");
    assertEquals("FRA", EvalScore.country(france));
    assertNull(EvalScore.country(null));
    assertTrue(EvalScore.matches(row("G1", "IGO", "SYR", false, "10"),
        event("1", "IGO", "SYR", "100")));
  }

  @Test
  void matchingIsAMaximumOneToOneAssignmentNotGreedy() {
    // In file order, a greedy pass gives the only 04 event to G1 (which also accepts 11) and
    // leaves G2, which accepts only 04, unmatched; the assignment matches both.
    EvalScore.Gold g1 = row("G1", "USA", "IRN", false, "11", "04");
    EvalScore.Gold g2 = row("G2", "USA", "IRN", false, "04");
    EvalScore.Coded consult = event("e1", "USA", "IRN", "040");
    EvalScore.Coded criticise = event("e2", "USA", "IRN", "111");
    EvalScore.Score s = EvalScore.score(List.of(g1, g2), List.of(consult, criticise), 0);
    assertEquals(2, s.all().tp());
    assertSame(criticise, s.pairs().stream().filter(p -> p.gold() == g1).findFirst()
        .orElseThrow().coded());
    // Each gold row and each event is used once: two events, one row; two rows, one event.
    EvalScore.Score twice = EvalScore.score(List.of(g2), List.of(consult,
        event("e3", "USA", "IRN", "042")), 0);
    assertEquals(List.of(1, 1, 0), List.of(twice.all().tp(), twice.all().fp(),
        twice.all().fn()));
    EvalScore.Score once = EvalScore.score(List.of(g2, row("G3", "USA", "IRN", false, "04")),
        List.of(consult), 0);
    assertEquals(List.of(1, 0, 1), List.of(once.all().tp(), once.all().fp(), once.all().fn()));
    assertEquals("G3", once.missed().get(0).id(), "the earlier row is matched first");
  }

  @Test
  void twoRootsCountUnderTheMatchedEventsRootAndMissedRowsUnderTheFirst() {
    EvalScore.Gold summons = row("G1", "PAK", "IND", false, "11", "04");
    EvalScore.Gold missed = row("G2", "IND", "PAK", false, "19", "18");
    EvalScore.Score s = EvalScore.score(List.of(summons, missed),
        List.of(event("e1", "PAK", "IND", "042")), 0);
    assertEquals(List.of("04", "19"), List.copyOf(s.roots().keySet()));
    assertEquals(List.of(1, 1, 1), List.of(s.roots().get("04").gold(),
        s.roots().get("04").coded(), s.roots().get("04").tp()));
    assertEquals(1, s.roots().get("19").fn());
  }

  @Test
  void onlyAssertedAndFutureEventsCount() {
    EvalScore.Gold g = row("G1", "USA", "IRN", false, "13");
    EvalScore.Coded negated = event("e1", "USA", "IRN", "130", Mode.NEGATED, MAY_9);
    EvalScore.Coded hypothetical = event("e2", "USA", "IRN", "130", Mode.HYPOTHETICAL, MAY_9);
    EvalScore.Score none = EvalScore.score(List.of(g), List.of(negated, hypothetical), 0);
    assertEquals(List.of(0, 0, 1), List.of(none.all().tp(), none.all().coded(),
        none.all().fn()), "neither matches nor counts against precision");
    assertEquals(2, none.notCounted());
    assertEquals(List.of(), none.spurious());
    assertTrue(none.all().precision().isEmpty());
    EvalScore.Coded future = event("e3", "USA", "IRN", "130", Mode.FUTURE, MAY_9);
    EvalScore.Score intended = EvalScore.score(List.of(g), List.of(negated, future,
        event("e4", "USA", "CHN", "111")), 0);
    assertEquals(List.of(1, 2, 1), List.of(intended.all().tp(), intended.all().coded(),
        intended.all().fp()));
    assertEquals(1, intended.notCounted());
  }

  @Test
  void datedRecallCountsWeeksAndMonthsOnlyWhenTheirWholeSpanLiesInside() {
    EvalScore.Gold week = new EvalScore.Gold("W", "a", "USA", "IRN", List.of("04"), false,
        LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 9), null, EvalScore.Format.GUIDE, 1);
    EvalScore.Gold month = new EvalScore.Gold("M", "a", "USA", "IRQ", List.of("04"), false,
        LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31), null, EvalScore.Format.GUIDE, 2);
    EvalScore.Gold day = new EvalScore.Gold("D", "a", "USA", "SYR", List.of("04"), false,
        LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 4), null, EvalScore.Format.GUIDE, 3);
    EvalScore.Gold missed = new EvalScore.Gold("X", "a", "USA", "TUR", List.of("04"), false,
        LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 4), null, EvalScore.Format.GUIDE, 4);
    EventDate weekOf3 = new EventDate(LocalDate.of(2021, 5, 3), EventDate.Precision.WEEK,
        EventDate.Source.TEXT);
    EventDate may = new EventDate(LocalDate.of(2021, 5, 1), EventDate.Precision.MONTH,
        EventDate.Source.TEXT);
    EvalScore.Score s = EvalScore.score(List.of(week, month, day, missed), List.of(
        event("e1", "USA", "IRN", "040", Mode.ASSERTED, weekOf3),
        event("e2", "USA", "IRQ", "040", Mode.ASSERTED, may),
        event("e3", "USA", "SYR", "040", Mode.ASSERTED, weekOf3)), 0);
    assertEquals(3, s.all().tp());
    assertEquals(4, s.all().goldDated());
    assertEquals(2, s.all().datesWithin(), "the week inside the week and May inside May;"
        + " a week is not inside one day of it");
    assertEquals(0.5, s.all().datedRecall().getAsDouble(), EPS);
    EvalScore.Score monthInWeek = EvalScore.score(List.of(week), List.of(
        event("e1", "USA", "IRN", "040", Mode.ASSERTED, may)), 0);
    assertEquals(0, monthInWeek.all().datesWithin());
    assertEquals(1, monthInWeek.all().tp(), "dates do not decide a match");
  }

  @Test
  void amongEqualMatchingsTheOneWithMoreDatesInsideWins() {
    EvalScore.Gold early = new EvalScore.Gold("E", "a", "USA", "IRN", List.of("04"), true,
        LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1), null, EvalScore.Format.GUIDE, 1);
    EvalScore.Gold late = new EvalScore.Gold("L", "a", "USA", "IRN", List.of("04"), true,
        LocalDate.of(2021, 5, 9), LocalDate.of(2021, 5, 9), null, EvalScore.Format.GUIDE, 2);
    EvalScore.Coded on9 = event("e1", "IRN", "USA", "040");
    EvalScore.Coded on1 = event("e2", "USA", "IRN", "040", Mode.ASSERTED,
        new EventDate(LocalDate.of(2021, 5, 1), EventDate.Precision.DAY, EventDate.Source.TEXT));
    EvalScore.Score s = EvalScore.score(List.of(early, late), List.of(on9, on1), 0);
    assertEquals(2, s.all().datesWithin());
    assertEquals(1.0, s.all().datedRecall().getAsDouble(), EPS);
  }
}
