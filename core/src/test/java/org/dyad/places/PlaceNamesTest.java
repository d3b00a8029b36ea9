package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.actors.KnowledgeBase;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  private static final PlaceNames NAMES =
      new PlaceNames(KnowledgeBase.standard(), Gazetteer.standard());

  @Test
  void wholeRunsOfCapitalisedWordsThatNameNoActor() {
    assertEquals(List.of("Eldoret", "Kyiv"),
        NAMES.in("Police in Eldoret detained two men on Monday, officials in Kyiv said."));
    assertEquals(List.of(), NAMES.in("Secretary of State Antony J. Blinken spoke today with"
        + " the Turkish Foreign Minister in March."), "a first name, a country, a month");
    assertEquals(List.of("The Hague"), NAMES.in("The envoys met in The Hague."));
    assertEquals(List.of("NAIROBI"), NAMES.in("NAIROBI"));
  }
}
