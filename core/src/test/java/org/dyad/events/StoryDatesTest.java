package org.dyad.events;

import static org.dyad.corpus.Events.day;
import static org.dyad.corpus.Events.event;
import static org.dyad.corpus.Events.published;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dyad.ingest.DateLines;
import org.junit.jupiter.api.Test;

class StoryDatesTest {

  private static final LocalDate PAGE = LocalDate.parse("2024-03-06");

  private static List<String> dates(List<Event> events) {
    return StoryDates.carried(events, PAGE).stream()
        .map(e -> e.date().value() + " " + e.date().source()).toList();
  }

  @Test
  void anUndatedSentenceGoesOnWithTheStorysLatestDay() {
    // "Yesterday the secretary called the minister. He thanked him for ...".
    List<Event> call = List.of(
        event("a", 0, "USAGOV", "IRQGOV", "040", day("2024-03-05"), "called", "Yesterday the"
            + " Secretary called the Iraqi minister."),
        event("a", 1, "USAGOV", "IRQGOV", "051", published("2024-03-06"), "thanked",
            "The Secretary thanked the minister."));
    assertEquals(List.of("2024-03-05 TEXT", "2024-03-05 ARTICLE"), dates(call));
  }

  @Test
  void aDatedSentenceThatCodesNothingStillTellsTheStorysDay() {
    // "On Tuesday, thousands rallied in the square. The rally came after the leader threatened
    // the United States.": the rally codes no event, its day dates the threat.
    List<Event> threat = List.of(
        event("a", 1, "PRK", "USA", "130", published("2024-03-06"), "threatened", "The rally"
            + " came after the leader threatened the United States."));
    List<StoryDates.Mark> rally = List.of(new StoryDates.Mark(5, LocalDate.parse("2024-03-05")));
    assertEquals(List.of("2024-03-05 ARTICLE"), StoryDates.carried(threat, rally, PAGE,
        DateLines.none()).stream().map(e -> e.date().value() + " " + e.date().source()).toList());
    // A mark after the event, or one more than a week old, dates nothing.
    List<StoryDates.Mark> later = List.of(new StoryDates.Mark(250, LocalDate.parse("2024-03-05")),
        new StoryDates.Mark(5, LocalDate.parse("2024-02-01")));
    assertEquals(List.of("2024-03-06 PUBLICATION"), StoryDates.carried(threat,
        later.stream().sorted(java.util.Comparator.comparingInt(StoryDates.Mark::offset)).toList(),
        PAGE, DateLines.none()).stream().map(e -> e.date().value() + " " + e.date().source())
        .toList());
  }

  @Test
  void theDayBeforeCountsFromTheStorysDay() {
    // "Iran met Oman on Monday. Iran attacked Iraq the day before.": the dater counts "the day
    // before" from the page (Tuesday, 2024-03-05); the story's Monday makes it Sunday.
    Event attack = event("a", 1, "IRN", "IRQ", "190", day("2024-03-05"), "attacked",
        "Iran attacked Iraq the day before.");
    List<Event> story = List.of(event("a", 0, "IRN", "OMN", "040", day("2024-03-04"), "met",
        "Iran met Oman on Monday."), attack);
    List<StoryDates.Counted> before = List.of(new StoryDates.Counted(100, 200, -1));
    assertEquals(List.of("2024-03-04 TEXT", "2024-03-03 ARTICLE"), StoryDates.carried(story,
        List.of(), before, PAGE, DateLines.none()).stream()
        .map(e -> e.date().value() + " " + e.date().source()).toList());
    // With no earlier day, the page's day stays the point counted from.
    assertEquals(List.of("2024-03-05 TEXT"), StoryDates.carried(List.of(attack), List.of(),
        before, PAGE, DateLines.none()).stream()
        .map(e -> e.date().value() + " " + e.date().source()).toList());
  }

  @Test
  void anOldDayCarriesNothing() {
    // A day more than a week before the page is background: the page's day stays.
    List<Event> old = List.of(
        event("a", 0, "RUS", "UKR", "190", day("2024-02-20"), "attacked", "Russia attacked"
            + " Ukraine on February 20."),
        event("a", 1, "UKR", "RUS", "111", published("2024-03-06"), "condemned", "Ukraine"
            + " condemned Russia."));
    assertEquals(List.of("2024-02-20 TEXT", "2024-03-06 PUBLICATION"), dates(old));
  }

  @Test
  void theLatestRecentDayCarriesOnNotARecalledEarlierOne() {
    // "Yesterday the secretary called ... thanked him for the meeting on Sunday. He urged ...".
    List<Event> call = List.of(
        event("a", 0, "USAGOV", "IRQGOV", "040", day("2024-03-05"), "called", "Yesterday the"
            + " Secretary called the Iraqi minister."),
        event("a", 1, "IRQGOV", "IRQGOV", "040", day("2024-03-03"), "meeting", "He thanked"
            + " him for the meeting of Iraqi leaders on Sunday."),
        event("a", 2, "USAGOV", "IRQGOV", "100", published("2024-03-06"), "urged", "He urged"
            + " the Iraqi leaders to keep talking."));
    assertEquals(List.of("2024-03-05 TEXT", "2024-03-03 TEXT", "2024-03-05 ARTICLE"),
        dates(call));
  }

  @Test
  void anActToldInThePresentKeepsThePagesDay() {
    // "The United States condemns Tuesday's bombing. We urge the authorities to ...".
    List<Event> statement = List.of(
        event("a", 0, "MLIREB", "MLICVL", "190", day("2024-03-05"), "bombing", "The United"
            + " States condemns the bombing of a market on Tuesday."),
        event("a", 1, "USA", "MLIGOV", "100", EventDate.today(PAGE), "urge", "We urge the"
            + " authorities to bring those responsible to justice."));
    assertEquals(List.of("2024-03-05 TEXT", "2024-03-06 PUBLICATION"), dates(statement));
  }

  @Test
  void eachItemUnderItsOwnDateLineIsDatedByItAndCarriesNoDayToTheNext() {
    // A page of two readouts: the first under the page's day ("spoke today"), the second
    // under the day before ("spoke on March 4 ... affirmed ... We urge").
    char[] text = new char[500];
    Arrays.fill(text, ' ');
    "March 6, 2024\n".getChars(0, 14, text, 0);
    "\n03/05/2024\n".getChars(0, 12, text, 150);
    DateLines lines = DateLines.of(new String(text), PAGE);
    List<Event> page = List.of(
        event("a", 0, "USAGOV", "IRQGOV", "040", day("2024-03-06"), "spoke", "The Secretary"
            + " spoke today with the Iraqi minister."),
        event("a", 2, "USAGOV", "KORGOV", "040", day("2024-03-04"), "spoke", "The Secretary"
            + " spoke on March 4 with the Korean minister."),
        event("a", 3, "USAGOV", "KORGOV", "050", published("2024-03-06"), "affirmed", "They"
            + " affirmed the strength of the alliance."),
        event("a", 4, "USA", "PRK", "100", EventDate.today(PAGE), "urge", "We urge North"
            + " Korea to return to talks."));
    assertEquals(List.of("2024-03-06 TEXT", "2024-03-04 TEXT", "2024-03-04 ARTICLE",
        "2024-03-05 PUBLICATION"), StoryDates.carried(page, PAGE, lines).stream()
        .map(e -> e.date().value() + " " + e.date().source()).toList());
  }

  @Test
  void withoutAPageDateNothingChanges() {
    List<Event> none = List.of(event("a", 0, "USAGOV", "IRQGOV", "051", EventDate.unknown(),
        "thanked", "The Secretary thanked the minister."));
    assertEquals(none, StoryDates.carried(none, null));
  }
}
