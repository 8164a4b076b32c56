package org.precinct.engine.experiment;

import java.util.Arrays;

/**
 * Holm's step-down adjustment of p-values (Holm 1979), which controls the family-wise error rate
 * when many mixes are compared with one baseline, without assuming the tests are independent.
 *
 * <p>Sort the m p-values ascending, p(1) &lt;= ... &lt;= p(m); the adjusted value of p(i) is max
 * over j &lt;= i of min(1, (m - j + 1) p(j)). A mix is significant at level alpha when its adjusted
 * p-value is at most alpha, which is the same decision as Holm's sequential procedure.
 */
public final class HolmCorrection {

  private HolmCorrection() {}

  /** Returns the Holm-adjusted p-values, in the order of the input. */
  public static double[] adjust(double[] pValues) {
    int m = pValues.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
        throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + pValues[i]);
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int index = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
      adjusted[index] = running;
    }
    return adjusted;
  }
}
