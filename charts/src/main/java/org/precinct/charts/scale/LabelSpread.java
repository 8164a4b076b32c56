package org.precinct.charts.scale;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Places end-of-line labels so they do not overlap: each label wants the height of its line's end,
 * labels closer than a minimum gap are pushed apart (upward first, then the whole stack down if it
 * ran out of room), keeping their top-to-bottom order and staying within the axis.
 */
public final class LabelSpread {

  private LabelSpread() {}

  /**
   * Returns label positions for the wanted positions, at least {@code gap} apart and within {@code
   * [lower, upper]} when the room allows.
   */
  public static double[] spread(double[] wanted, double gap, double lower, double upper) {
    int n = wanted.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
    double[] sorted = new double[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = Math.min(upper, Math.max(lower, wanted[order[k]]));
    }
    for (int k = 1; k < n; k++) {
      sorted[k] = Math.max(sorted[k], sorted[k - 1] + gap);
    }
    if (n > 0 && sorted[n - 1] > upper) {
      sorted[n - 1] = upper;
      for (int k = n - 2; k >= 0; k--) {
        sorted[k] = Math.min(sorted[k], sorted[k + 1] - gap);
      }
    }
    double[] placed = new double[n];
    for (int k = 0; k < n; k++) {
      placed[order[k]] = sorted[k];
    }
    return placed;
  }
}
