package org.dyad.events;

import static org.dyad.corpus.Events.event;
import static org.dyad.corpus.Events.published;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RebuttalsTest {

  private static final EventDate DAY = published("2024-03-04");

  private static List<String> rows(List<Event> events) {
    return Rebuttals.answered(events).stream().map(e -> e.source().code() + " "
        + e.code().value() + " " + (e.target() == null ? "-" : e.target().code())).toList();
  }

  @Test
  void aDenialNamingNoOneAnswersTheAccuserOfTheDeniersCountry() {
    List<Event> story = List.of(
        event("a", 0, "UKRMIL", null, "016", DAY, "denied", "Kyiv denied any wrongdoing."),
        event("a", 1, "RUSGOV", "UKR", "111", DAY, "condemned", "Moscow condemned Kyiv."),
        event("a", 2, "RUSCOP", "UKRMIL", "112", DAY, "accused", "The FSB accused Kyiv."));
    assertEquals(List.of("UKRMIL 016 RUSCOP", "RUSGOV 111 UKR", "RUSCOP 112 UKRMIL"),
        rows(story));
  }

  @Test
  void aDenialWithATargetOrNoAccuserStaysAsItIs() {
    List<Event> story = List.of(
        event("a", 0, "IRN", "ISR", "016", DAY, "denied", "Iran denied Israel's claim."),
        event("a", 1, "SYR", null, "016", DAY, "denied", "Syria denied shelling."),
        event("a", 2, "SYRMIL", "SYR", "112", DAY, "accused", "Its army accused rebels."),
        event("a", 3, "USA", "IRN", "112", DAY, "accused", "The US accused Iran."));
    assertEquals(List.of("IRN 016 ISR", "SYR 016 -", "SYRMIL 112 SYR", "USA 112 IRN"),
        rows(story));
  }
}
