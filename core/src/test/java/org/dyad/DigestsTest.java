package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void sha256IsTheStandardDigestOfUtf8() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HexFormat.of().formatHex(Digests.sha256("abc")));
  }

  @Test
  void id53IsTheDigestsFirst53BitsAndPositive() {
    // 0xba7816bf8f01cfea >>> 11
    assertEquals(0xba7816bf8f01cfeaL >>> 11, Digests.id53("abc"));
    for (int i = 0; i < 1000; i++) {
      long id = Digests.id53("event " + i);
      assertTrue(id > 0 && id < (1L << 53), Long.toString(id));
    }
    assertNotEquals(Digests.id53("a"), Digests.id53("b"));
  }
}
