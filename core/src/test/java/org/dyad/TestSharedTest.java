package org.dyad;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One rule for what CI means, in every test that may skip. */
class TestSharedTest {

  @Test
  void trueInAnyCaseAndOneMeanCi() {
    for (String v : new String[] {"true", "TRUE", "True", "1", " true "}) {
      assertTrue(TestShared.ci(v), v);
    }
  }

  @Test
  void anythingElseIsNotCi() {
    for (String v : new String[] {null, "", "false", "0", "yes", "no"}) {
      assertFalse(TestShared.ci(v), String.valueOf(v));
    }
  }
}
