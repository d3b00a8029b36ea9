package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.actors.ActorRef;
import org.junit.jupiter.api.Test;

class ActorSlotsTest {

  private static ActorRef actor(String code, String country, boolean known) {
    return new ActorRef(code, code, country, code, code, known, "name");
  }

  @Test
  void slotsWithACountryOrAnOrganisationAndUnknownActorsAreCounted() {
    EvalCommand.ActorSlots s = new EvalCommand.ActorSlots(0, 0, 0)
        .add(actor("IRNGOV", "IRN", true))
        .add(null) // an event without a target has one slot
        .add(actor("IGOUNO", null, true))
        .add(actor("COP", null, true))
        .add(actor("SYR", "SYR", false));
    assertEquals(new EvalCommand.ActorSlots(4, 3, 1), s);
    assertTrue(s.line().startsWith("actors: 3 of 4 source and target slots of counted events"
        + " carry a country or an international organisation (75.0%); 1 unknown to the"
        + " knowledge base (25.0%)"), s.line());
    assertTrue(new EvalCommand.ActorSlots(0, 0, 0).line().contains("(-)"));
  }
}
