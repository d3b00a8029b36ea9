package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The assignment is a maximum-weight one-to-one matching: checked against brute force. */
class EvalMatchingTest {

  @Test
  void emptyAndZeroWeightsAssignNothing() {
    assertArrayEquals(new int[0], EvalMatching.assign(new long[0][0]));
    assertArrayEquals(new int[] {-1, -1}, EvalMatching.assign(new long[2][0]));
    assertArrayEquals(new int[] {-1, -1}, EvalMatching.assign(new long[2][3]));
  }

  @Test
  void greedyWouldLoseAMatchTheAssignmentKeeps() {
    // Row 0 fits both columns, row 1 only column 0: greedy row 0 -> column 0 loses row 1.
    long[][] w = {{5, 4}, {5, 0}};
    assertArrayEquals(new int[] {1, 0}, EvalMatching.assign(w));
  }

  @Test
  void randomMatricesReachTheBruteForceOptimum() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      int rows = random.nextInt(6);
      int columns = random.nextInt(6);
      long[][] w = new long[rows][columns];
      for (long[] row : w) {
        for (int j = 0; j < columns; j++) {
          row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
        }
      }
      int[] got = EvalMatching.assign(w);
      boolean[] taken = new boolean[columns];
      long sum = 0;
      for (int i = 0; i < rows; i++) {
        if (got[i] >= 0) {
          assertTrue(!taken[got[i]], "a column used twice");
          assertTrue(w[i][got[i]] > 0, "a zero pair assigned");
          taken[got[i]] = true;
          sum += w[i][got[i]];
        }
      }
      assertEquals(best(w, 0, new boolean[columns]), sum, "round " + round);
    }
  }

  private static long best(long[][] w, int row, boolean[] taken) {
    if (row == w.length) {
      return 0;
    }
    long best = best(w, row + 1, taken);
    for (int j = 0; j < taken.length; j++) {
      if (!taken[j] && w[row][j] > 0) {
        taken[j] = true;
        best = Math.max(best, w[row][j] + best(w, row + 1, taken));
        taken[j] = false;
      }
    }
    return best;
  }
}
