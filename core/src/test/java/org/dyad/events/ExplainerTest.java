package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The trace of {@code dyad explain}: what fired and with which events, and why the others did
 * not, as the matcher said while trying them. Hand-built parses, the shipped dictionaries.
 */
class ExplainerTest {

  private static final LocalDate DAY = LocalDate.of(2021, 5, 19);
  private static final EventCoder CODER = Parsed.coder(
      Parsed.patterns("190\tverb\tattack\tobj", "1241\tverb\tattack on\tobj"));

  private static List<Trace> explain(Sentence s) {
    return CODER.explain(Parsed.context(s, DAY), DAY);
  }

  @Test
  void firedPatternWithItsEventsAndTheOtherPatternsReason() {
    List<Trace> traces = explain(Parsed.of("Iran/NNP attacked/VBD/attack Iraq/NNP",
        "root -1 1", "nsubj 1 0", "obj 1 2"));
    assertEquals(2, traces.size(), traces.toString());
    Trace on = traces.get(0);
    assertEquals("1241 verb \"attack on\"", on.rule());
    assertEquals("test-patterns.tsv:2", on.ruleSource());
    assertEquals("not fired: needs 'on' attached to the verb: nothing takes 'on'", on.outcome());
    Trace fired = traces.get(1);
    assertEquals("fired: 1 event(s)", fired.outcome());
    assertTrue(fired.sources().get(0).startsWith("Iran -> IRN"), fired.sources().toString());
    assertTrue(fired.targets().get(0).startsWith("Iraq -> IRQ"), fired.targets().toString());
  }

  @Test
  void conditionIsSaidToBeOne() {
    List<Trace> traces = explain(Parsed.of("if/IN Iran/NNP attacked/VBD/attack Iraq/NNP",
        "mark 2 0", "nsubj 2 1", "obj 2 3"));
    assertEquals("not fired: inside an if, unless, until or whether clause: a condition, not"
        + " an event", traces.get(1).outcome());
  }

  @Test
  void firedWithoutAnEventSaysWhy() {
    List<Trace> traces = explain(Parsed.of("Iran/NNP attacked/VBD/attack",
        "root -1 1", "nsubj 1 0"));
    assertEquals("fired, no event: nothing fills the target slots obj",
        traces.get(1).outcome());
  }
}
