package org.precinct.engine.experiment.optimise;

/**
 * The candidates no other candidate beats on every count (Pareto optimal, all counts minimised): a
 * candidate is on the front unless another is at least as good on each and better on one.
 */
final class ParetoFront {

  private ParetoFront() {}

  /** Marks the non-dominated rows of {@code points} (one row per candidate, one column a count). */
  static boolean[] of(double[][] points) {
    boolean[] on = new boolean[points.length];
    for (int i = 0; i < points.length; i++) {
      on[i] = true;
      for (int j = 0; j < points.length && on[i]; j++) {
        on[i] = j == i || !dominates(points[j], points[i]);
      }
    }
    return on;
  }

  private static boolean dominates(double[] a, double[] b) {
    boolean better = false;
    for (int c = 0; c < a.length; c++) {
      if (a[c] > b[c]) {
        return false;
      }
      better |= a[c] < b[c];
    }
    return better;
  }
}
