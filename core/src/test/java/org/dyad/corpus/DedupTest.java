package org.dyad.corpus;

import static org.dyad.corpus.Events.day;
import static org.dyad.corpus.Events.event;
import static org.dyad.corpus.Events.month;
import static org.dyad.corpus.Events.published;
import static org.dyad.corpus.Events.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Location;
import org.dyad.events.Mode;
import org.junit.jupiter.api.Test;

class DedupTest {

  private final Dedup dedup = Dedup.standard();

  private static final String A = "Russian forces shelled residential districts of Kharkiv.";
  private static final String B = "Russia's army bombarded Kharkiv overnight, officials said.";

  @Test
  void oneEventReportedByTwoOutletsIsOneEventWithTwoArticles() {
    List<CorpusEvent> events = dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A),
            "newsdesk"),
        report(2, event("b", 3, "RUSMIL", "UKR", "190", published("2022-03-03"), "bombarded", B),
            "eastwire")));
    assertEquals(1, events.size());
    CorpusEvent e = events.get(0);
    assertEquals(2, e.numMentions());
    assertEquals(2, e.numArticles());
    assertEquals(2, e.numSources());
    assertEquals("194", e.cameo().code().value(), "the most specific code");
    assertEquals(day("2022-03-02"), e.date(), "the day the text writes out");
  }

  @Test
  void aSymmetricEventToldEitherWayRoundIsOneEvent() {
    String a = "Egypt's foreign minister met his Jordanian counterpart in Cairo.";
    String b = "Jordan's foreign minister met Egypt's foreign minister in Cairo on Sunday.";
    List<CorpusEvent> met = dedup.cluster(List.of(
        report(1, event("a", 0, "EGYGOV", "JORGOV", "040", day("2023-05-14"), "met", a), "x"),
        report(2, event("b", 0, "JORGOV", "EGYGOV", "040", published("2023-05-15"), "met", b),
            "y")));
    assertEquals(1, met.size(), met.toString());
    assertEquals(2, met.get(0).numArticles());
    // A day and the week that holds it are one date too.
    assertEquals(1, dedup.cluster(List.of(
        report(1, event("a", 0, "EGYGOV", "JORGOV", "046", day("2023-05-14"), "met", a), "x"),
        report(2, event("b", 0, "JORGOV", "EGYGOV", "046", new EventDate(
            LocalDate.parse("2023-05-08"), EventDate.Precision.WEEK, EventDate.Source.TEXT), "met", b), "y"))).size());
  }

  @Test
  void aDirectedEventToldTheOtherWayRoundIsAnotherEvent() {
    List<CorpusEvent> events = dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKRMIL", "194", day("2022-03-02"), "shelled", A),
            "x"),
        report(2, event("b", 0, "UKRMIL", "RUSMIL", "194", day("2022-03-02"), "shelled", A),
            "y"),
        // a visit has a host and a guest: 042 is not symmetric, even beside a 040
        report(3, event("c", 0, "EGYGOV", "JORGOV", "042", day("2022-03-02"), "visited",
            "Egypt's minister visited Jordan."), "x"),
        report(4, event("d", 0, "JORGOV", "EGYGOV", "040", day("2022-03-02"), "met",
            "Jordan's minister met Egypt's minister."), "y")));
    assertEquals(4, events.size(), events.toString());
    assertTrue(Dedup.symmetric("046") && Dedup.symmetric("057") && !Dedup.symmetric("042")
        && !Dedup.symmetric("190"));
  }

  @Test
  void fightingBetweenTwoSidesIsOneEventEitherWayRound() {
    String c = "Azerbaijani and Armenian troops clashed on the border.";
    assertEquals(1, dedup.cluster(List.of(
        report(1, event("a", 0, "AZEMIL", "ARMMIL", "190", day("2022-09-13"), "clashed", c), "x"),
        report(2, event("b", 0, "ARMMIL", "AZEMIL", "190", day("2022-09-13"), "fought",
            "Armenian forces fought Azerbaijani troops on the border."), "y"))).size());
    // An attack told as an attack keeps its direction, even beside fighting that day.
    assertEquals(2, dedup.cluster(List.of(
        report(1, event("a", 0, "AZEMIL", "ARMMIL", "190", day("2022-09-13"), "clashed", c), "x"),
        report(2, event("b", 0, "ARMMIL", "AZEMIL", "190", day("2022-09-13"), "attacked",
            "Armenian forces attacked Azerbaijani positions."), "y"))).size());
  }

  @Test
  void differentDaysStayApart() {
    List<CorpusEvent> events = dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A), "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-03"), "shelled", A), "y")));
    assertEquals(2, events.size());
  }

  @Test
  void siblingCodesStayApartAndParentAndChildMerge() {
    String s = "Iran and Oman held talks by telephone.";
    assertEquals(2, dedup.cluster(List.of(
        report(1, event("a", 0, "IRNGOV", "OMNGOV", "041", day("2023-03-14"), "call", s), "x"),
        report(2, event("b", 0, "IRNGOV", "OMNGOV", "042", day("2023-03-14"), "visit", s),
            "y"))).size());
    assertEquals(1, dedup.cluster(List.of(
        report(1, event("a", 0, "IRNGOV", "OMNGOV", "040", day("2023-03-14"), "talks", s), "x"),
        report(2, event("b", 0, "IRNGOV", "OMNGOV", "041", day("2023-03-14"), "talks", s),
            "y"))).size());
  }

  @Test
  void otherRootsAndOtherActorsStayApart() {
    assertEquals(2, dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A), "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "112", day("2022-03-02"), "accused", A),
            "y"))).size());
    assertEquals(2, dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A), "x"),
        report(2, event("b", 0, "BLRMIL", "UKR", "194", day("2022-03-02"), "shelled", A),
            "y"))).size());
  }

  @Test
  void aMonthOverlapsEveryDayOfItAndAPublicationDateTheDayBefore() {
    assertTrue(dedup.sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", month("2022-03"), "shelled", A), "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-31"), "shelled", A), "y")));
    assertFalse(dedup.sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", month("2022-03"), "shelled", A), "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "194", day("2022-04-01"), "shelled", A), "y")));
    assertFalse(dedup.sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", published("2022-03-05"), "shelled", A),
            "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-03"), "shelled", A), "y")));
    assertTrue(new Dedup(1).sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", published("2022-03-05"), "shelled", A),
            "x"),
        report(2, event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-03"), "shelled", A), "y")));
  }

  @Test
  void modeAndPlaceAndUnrelatedEvidenceKeepEventsApart() {
    Event done = event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A);
    Event threat = event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shell", A,
        Mode.FUTURE, null);
    assertFalse(dedup.sameEvent(report(1, done, "x"), report(2, threat, "y")));
    Event kharkiv = event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A,
        Mode.ASSERTED, new Location("Kharkiv", "UKR", 49.99, 36.23));
    Event lviv = event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A,
        Mode.ASSERTED, new Location("Lviv", "UKR", 49.84, 24.03));
    assertFalse(dedup.sameEvent(report(1, kharkiv, "x"), report(2, lviv, "y")));
    Event parent = event("a", 0, "RUSMIL", "UKR", "190", day("2022-03-02"), "fought",
        "Fighting went on in the east.");
    Event child = event("b", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled",
        "Artillery hit a school in Sumy.");
    assertFalse(dedup.sameEvent(report(1, parent, "x"), report(2, child, "y")),
        "parent and child codes need similar evidence");
  }

  @Test
  void twoMentionsInOneArticleMakeOneEventOfOneArticle() {
    List<CorpusEvent> events = dedup.cluster(List.of(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelled", A), "x"),
        report(2, event("a", 5, "RUSMIL", "UKR", "194", day("2022-03-02"), "shelling", B),
            "x")));
    assertEquals(1, events.size());
    assertEquals(2, events.get(0).numMentions());
    assertEquals(1, events.get(0).numArticles());
    assertEquals(1, events.get(0).numSources());
  }

  @Test
  void undatedMentionsMergeOnlyWithinTheirArticle() {
    org.dyad.events.EventDate none = org.dyad.events.EventDate.unknown();
    assertTrue(dedup.sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", none, "shelled", A), "x"),
        report(2, event("a", 1, "RUSMIL", "UKR", "194", none, "shelled", A), "x")));
    assertFalse(dedup.sameEvent(
        report(1, event("a", 0, "RUSMIL", "UKR", "194", none, "shelled", A), "x"),
        report(2, event("b", 1, "RUSMIL", "UKR", "194", none, "shelled", A), "y")));
  }

  @Test
  void unknownActorsMatchByCode() {
    ActorRef one = new ActorRef("unknown/Kharkiv militia", "UKRMIL", "UKR", "Kharkiv militia",
        "Kharkiv militia", false, "unknown");
    ActorRef two = new ActorRef("unknown/Kharkov militia", "UKRMIL", "UKR", "Kharkov militia",
        "Kharkov militia", false, "unknown");
    assertEquals(Dedup.actorKey(one), Dedup.actorKey(two));
  }

  @Test
  void theSameMentionsGiveTheSameEventsInAnyOrder() {
    List<Report> reports = new ArrayList<>();
    String[] days = {"2022-03-01", "2022-03-02", "2022-03-02", "2022-03-04"};
    for (int i = 0; i < 12; i++) {
      reports.add(report(i, event("art" + (i % 5), i, i % 3 == 0 ? "RUSMIL" : "RUSGOV", "UKR",
          i % 2 == 0 ? "194" : "19", day(days[i % days.length]), "shelled", A), "o" + (i % 4)));
    }
    List<CorpusEvent> first = dedup.cluster(reports);
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(reports, random);
      List<CorpusEvent> again = dedup.cluster(reports);
      assertEquals(ids(first), ids(again));
    }
    assertEquals(12, first.stream().mapToInt(CorpusEvent::numMentions).sum());
  }

  private static List<String> ids(List<CorpusEvent> events) {
    return events.stream().map(e -> e.id() + ":" + e.mentions().stream()
        .map(r -> Long.toString(r.mentionId())).sorted().toList()).sorted().toList();
  }
}
