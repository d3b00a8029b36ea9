package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String n(String s) {
    return TextNormalizer.normalize(s).text();
  }

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertEquals("Iran\u2019s caf\u00e9 \u201cclosed\u201d", n("Iran\u00e2\u20ac\u2122s"
        + " caf\u00c3\u00a9 \u00e2\u20ac\u0153closed\u00e2\u20ac\u009d"));
    assertEquals(3, TextNormalizer.normalize("Iran\u00e2\u20ac\u2122s caf\u00c3\u00a9"
        + " Ko\u00c5\u00a1ice").repairs());
  }

  @Test
  void leavesOrdinaryAccentedTextAlone() {
    assertEquals("S\u00e3o Paulo, \u00c3 la carte, NA\u00c3O", n("S\u00e3o Paulo, \u00c3 la"
        + " carte, NA\u00c3O"));
    assertEquals("Lajčák and Vučić met", n("Lajčák and Vučić met"));
  }

  @Test
  void spacesInvisiblesAndQuoteLookAlikes() {
    assertEquals("10 000 people in Gaza", n("10\u202f000\u00a0people in\u200b Gaza"));
    assertEquals("don\u2019t \u201cquote\u201d", n("don\u00b4t \u201equote\u201d"));
    assertEquals("Cafe\u0301".length() - 1, n("Cafe\u0301").length()); // composed (NFC)
  }
}
