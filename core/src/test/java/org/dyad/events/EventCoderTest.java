package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.junit.jupiter.api.Test;

/** Events from firings, on hand-built parses: pairs of sources, and what is history. */
class EventCoderTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 21);
  private static final EventCoder CODER = Parsed.coder(
      Parsed.patterns("040\tnoun\ttalk\twith", "190\tverb\tfight\twith obj"));

  private static List<Event> code(Sentence s) {
    return CODER.code(Parsed.context(s, DAY), "t", DAY);
  }

  @Test
  void twoSourcesWithEachOtherAreOneRowFirstNamedFirst() {
    // "Hamas and Israel held talks": one event, not one each way.
    List<Event> events = code(Parsed.of("Hamas/NNP and/CC Israel/NNP held/VBD/hold"
        + " talks/NNS/talk", "root -1 3", "nsubj 3 0", "cc 2 1", "conj:and 0 2", "nsubj 3 2",
        "obj 3 4"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("PSE", events.get(0).source().country());
    assertEquals("ISR", events.get(0).target().country());
  }

  @Test
  void anActTheTextDatesYearsBackIsHistoryNotNews() {
    Sentence parsed = Parsed.of("Russia/NNP fought/VBD/fight Georgia/NNP in/IN 2008/CD",
        "root -1 1", "nsubj 1 0", "obj 1 2", "case 4 3", "obl:in 1 4");
    Sentence dated = new Sentence(0, 0, parsed.end(), parsed.text(), parsed.tokens(),
        parsed.dependencies(), List.of(new Timex("DATE", "2008", 4, 4)));
    assertEquals(List.of(), code(dated));
    Sentence lastMonth = new Sentence(0, 0, parsed.end(), parsed.text(), parsed.tokens(),
        parsed.dependencies(), List.of(new Timex("DATE", "2019-05", 4, 4)));
    assertEquals(1, code(lastMonth).size(), "last month's act is news");
  }
}
