package org.dyad.events;

import static org.dyad.corpus.Events.day;
import static org.dyad.corpus.Events.event;
import static org.dyad.corpus.Events.published;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetellingsTest {

  private static List<String> kept(List<Event> events) {
    return Retellings.onceEach(events).stream().map(e -> e.code().value() + " "
        + e.evidence().sentenceIndex()).toList();
  }

  @Test
  void aRaidToldAsStormingKillingAndSeizingIsOneRowOfEachRoot() {
    EventDate sunday = day("2024-03-03");
    List<Event> raid = List.of(
        event("a", 0, "SOMREB", "SOMMIL", "190", sunday, "stormed", "Militants stormed the base."),
        event("a", 1, "SOMREB", "SOMMIL", "180", sunday, "killed", "They killed 20 soldiers."),
        event("a", 2, "SOMREB", "SOMMIL", "192", sunday, "seized", "They seized the base."),
        event("a", 3, "SOMREB", "SOMMIL", "183", sunday, "detonated", "A bomb was detonated."));
    assertEquals(List.of("190 0", "180 1"), kept(raid));
  }

  @Test
  void aPostureAimedAtACountryAndItsForcesIsOneRow() {
    EventDate friday = day("2024-03-01");
    List<Event> posture = List.of(
        event("a", 0, "PRKGOV", "USA", "152", friday, "ordered", "Strikes on the mainland."),
        event("a", 0, "PRKGOV", "USAMIL", "152", friday, "ordered", "And on its bases."),
        event("a", 1, "PRKGOV", "KOR", "150", friday, "fired", "Missiles off the South."));
    assertEquals(List.of("152 0", "150 1"), kept(posture));
  }

  @Test
  void forceOnAnotherDayPlaceOrSideStaysItsOwnRow() {
    List<Event> events = List.of(
        event("a", 0, "ISRMIL", "PSE", "190", day("2024-03-03"), "struck", "Israel struck Gaza."),
        event("a", 1, "ISRMIL", "PSE", "190", day("2024-03-02"), "struck", "It struck Gaza."),
        event("a", 2, "PSEREB", "ISR", "190", day("2024-03-03"), "fired", "Hamas fired."),
        event("a", 3, "ISRMIL", "PSE", "190", day("2024-03-03"), "struck", "Again.",
            Mode.FUTURE, null),
        event("a", 4, "ISRMIL", "PSE", "190", day("2024-03-03"), "struck", "In Rafah.",
            Mode.ASSERTED, new Location("Rafah", "PSE", 31.3, 34.2)));
    assertEquals(List.of("190 0", "190 1", "190 2", "190 3", "190 4"), kept(events));
  }

  @Test
  void aCallToldAgainWithoutADateOfItsOwnIsTheFirstCall() {
    List<Event> call = List.of(
        event("a", 0, "USAGOV", "IRQGOV", "041", day("2024-03-03"), "called", "X called Y."),
        event("a", 1, "IRQGOV", "USAGOV", "040", published("2024-03-04"), "discussed",
            "The two also discussed Syria."));
    assertEquals(List.of("041 0"), kept(call));
  }

  @Test
  void aStatementsCallsToOneCountryAreOneRowAndOtherDaysOrSidesStay() {
    EventDate monday = day("2024-03-04");
    List<Event> calls = List.of(
        event("a", 0, "USA", "MLIGOV", "100", monday, "call for", "End the violence."),
        event("a", 0, "USA", "MLI", "100", monday, "urge", "Soldiers, go back to barracks."),
        event("a", 1, "USA", "MLIMIL", "130", monday, "warned", "Or face action."),
        event("a", 2, "USA", "MLI", "100", day("2024-03-05"), "urged", "Again a day later."),
        event("a", 3, "FRA", "MLI", "100", monday, "urged", "France, too."));
    assertEquals(List.of("100 0", "130 1", "100 2", "100 3"), kept(calls));
  }
}
