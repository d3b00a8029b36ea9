package org.dyad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {

  private static final String STORY = "Russian forces shelled residential districts of Kharkiv"
      + " on Wednesday, killing at least twenty civilians, the regional governor said. President"
      + " Zelensky called on NATO to close the skies over Ukraine, but the alliance rejected the"
      + " request and said it would keep supplying weapons. Talks between Ukraine and Russia"
      + " are expected to resume in Belarus later this week, according to officials in Kyiv.";

  @Test
  void aLightlyEditedCopyIsANearDuplicateAndAnotherStoryIsNot() {
    String copy = STORY.replace("Wednesday", "Wednesday night").replace("twenty", "21")
        .replace("officials in Kyiv", "Ukrainian officials");
    String other = "China's coast guard blocked a Philippine resupply mission near the Second"
        + " Thomas Shoal on Tuesday, and Manila lodged a diplomatic protest with Beijing over"
        + " what it called dangerous manoeuvres by the Chinese vessels in the South China Sea.";
    double near = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(copy));
    double far = MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other));
    assertTrue(near >= MinHash.NEAR_DUPLICATE, "near: " + near);
    assertTrue(far < 0.1, "far: " + far);
    assertEquals(1.0, MinHash.similarity(MinHash.signature(STORY),
        MinHash.signature(STORY.toUpperCase(java.util.Locale.ROOT))));
  }

  @Test
  void identicalTextsShareEveryBand() {
    long[] a = MinHash.bands(MinHash.signature(STORY));
    long[] b = MinHash.bands(MinHash.signature(STORY + " "));
    assertEquals(MinHash.BANDS, a.length);
    assertTrue(java.util.Arrays.equals(a, b));
    assertEquals(MinHash.HASHES, MinHash.signature("").length);
    assertThrows(IllegalArgumentException.class, () -> MinHash.bands(new long[3]));
  }
}
