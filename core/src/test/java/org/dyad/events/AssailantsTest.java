package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Antecedents;
import org.dyad.actors.MentionFinder;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Attacks told through their weapon or their victims, on hand-built parses. */
class AssailantsTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 21);
  private static final EventCoder CODER = Parsed.coder(Parsed.patterns("180\tverb\tkill\tobj"));

  private static List<Event> code(Sentence s, String story) {
    Antecedents antecedents = new Antecedents();
    antecedents.storyCountry(story);
    ActorResolver.Context c = new ActorResolver.Context(s,
        MentionFinder.standard(Parsed.kb()).find(s), DAY, antecedents);
    return CODER.code(c, "t", DAY);
  }

  private static Sentence killed(String subject, String victims) {
    return Parsed.of("A/DT " + subject + " killed/VBD/kill seven/CD " + victims,
        "root -1 2", "det 1 0", "nsubj 2 1", "nummod 5 3", "amod 5 4", "obj 2 5");
  }

  @Test
  void anAttackThatNamesNoAttackerIsBySideOfTheStorysCountry() {
    // "A bombing killed seven Iraqi soldiers" in a story on Iraq: Iraq -> Iraq, like a civil
    // conflict's unnamed insurgents.
    List<Event> events = code(killed("bombing/NN", "Iraqi/JJ soldiers/NNS/soldier"), "IRQ");
    assertEquals(1, events.size(), events.toString());
    assertEquals("IRQ", events.get(0).source().country());
    assertEquals("IRQMIL", events.get(0).target().code());
  }

  @Test
  void anAttackInASentenceNamingAnotherCountryLeavesTheAttackerOpen() {
    // "A rocket killed seven Israeli soldiers" in a story on Gaza came from across a border.
    assertEquals(List.of(), code(killed("rocket/NN", "Israeli/JJ soldiers/NNS/soldier"), "PSE"));
  }

  @Test
  void anAccidentIsNoAttack() {
    assertEquals(List.of(), code(killed("explosion/NN", "Iraqi/JJ civilians/NNS/civilian"), "IRQ"));
  }
}
