package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AntecedentsTest {

  private static ActorRef person(String id, String text) {
    return new ActorRef(id, "PSEREB", "PSE", text, text, true, "exact");
  }

  @Test
  void aSurnameOrASpellingOfItRefersBackToTheOnePersonNamedInFull() {
    Antecedents a = new Antecedents();
    a.person(0, 2, person("ismail-haniyeh", "Ismail Haniyeh"), "Haniyeh");
    a.person(0, 6, person("naim-qassem", "Naim Qassem"), "Qassem");
    a.person(1, 3, person("ziad-al-nakhala", "Ziad al-Nakhala"), "al-Nakhala");
    assertEquals("ismail-haniyeh", id(a.personBySurname("Haniyeh", 2, 0)));
    assertEquals("ismail-haniyeh", id(a.personBySurname("Haniyah", 2, 0)), "a vowel");
    assertEquals("naim-qassem", id(a.personBySurname("Qasem", 2, 0)), "a letter dropped");
    assertEquals("ziad-al-nakhala", id(a.personBySurname("al-Nakhalah", 2, 0)), "one added");
    // Not before the full name, not a different name, not a short one.
    assertTrue(a.personBySurname("Haniyah", 0, 1).isEmpty());
    assertTrue(a.personBySurname("Hamdan", 2, 0).isEmpty());
    a.person(2, 1, person("ali-haniyah", "Ali Haniyah"), "Haniyah");
    assertEquals("ali-haniyah", id(a.personBySurname("Haniyah", 3, 0)),
        "a surname written as named wins over a spelling of another's");
  }

  @Test
  void aSpellingThatFitsTwoPeopleRefersToNeither() {
    Antecedents a = new Antecedents();
    a.person(0, 1, person("a", "Omar Hassan"), "Hassan");
    a.person(0, 5, person("b", "Ali Hassen"), "Hassen");
    assertTrue(a.personBySurname("Hassin", 1, 0).isEmpty());
  }

  private static String id(Optional<ActorRef> a) {
    return a.map(ActorRef::id).orElse("none");
  }
}
