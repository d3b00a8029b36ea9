package org.dyad.app;

import java.util.Arrays;

/**
 * A maximum-weight one-to-one assignment between two small sets, for {@code dyad eval}'s
 * matching of gold events to coded events within one article. Pure and thread-safe.
 *
 * <p>Design decision: the Hungarian method (Kuhn–Munkres, with potentials), O(n²m) for n rows
 * and m columns, exact where a greedy choice is not: a greedy pass can give a coded event to
 * the first gold event it fits and so leave a second gold event, which only that coded event
 * fits, unmatched. Articles hold tens of events, so the cost is nothing.
 */
final class EvalMatching {

  private EvalMatching() {}

  /**
   * The assignment of rows to columns that maximises the sum of the weights of the assigned
   * pairs; a pair of weight 0 or less is never assigned.
   *
   * @param weights {@code weights[row][column]}, every row the same length
   * @return for each row, its column, or -1 when it has none
   */
  static int[] assign(long[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || columns == 0) {
      return result;
    }
    boolean transpose = rows > columns;
    int n = transpose ? columns : rows;
    int m = transpose ? rows : columns;
    // Minimum cost with cost = -weight, over the non-negative weights; n <= m.
    long[][] cost = new long[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        long w = transpose ? weights[j - 1][i - 1] : weights[i - 1][j - 1];
        cost[i][j] = -Math.max(0, w);
      }
    }
    int[] rowOf = hungarian(cost, n, m);
    for (int j = 1; j <= m; j++) {
      int i = rowOf[j];
      if (i == 0 || cost[i][j] == 0) {
        continue;
      }
      if (transpose) {
        result[j - 1] = i - 1;
      } else {
        result[i - 1] = j - 1;
      }
    }
    return result;
  }

  /** The classic potentials form, 1-based; returns for each column its row, 0 for none. */
  private static int[] hungarian(long[][] a, int n, int m) {
    long inf = Long.MAX_VALUE / 4;
    long[] u = new long[n + 1];
    long[] v = new long[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[m + 1];
      Arrays.fill(minv, inf);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = inf;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            long cur = a[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    return p;
  }
}
