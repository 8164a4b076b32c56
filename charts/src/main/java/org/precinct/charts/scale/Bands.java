package org.precinct.charts.scale;

/**
 * Band arithmetic for time series: running totals and checks that a p10 / median / p90 triple lines
 * up. A running total of a mean is the mean of the running totals (the mean is linear), but a
 * running total of daily percentiles is not a percentile of anything, so only means are summed.
 */
public final class Bands {

  private Bands() {}

  /** Returns the running total of the values, treating NaN (no data) as zero. */
  public static double[] cumulative(double[] values) {
    double[] out = new double[values.length];
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i])) {
        total += values[i];
      }
      out[i] = total;
    }
    return out;
  }

  /** Checks that the three arrays have one length and that low <= mid <= high wherever finite. */
  public static void requireOrdered(double[] low, double[] mid, double[] high) {
    if (low.length != mid.length || mid.length != high.length) {
      throw new IllegalArgumentException(
          "band arrays differ in length: " + low.length + ", " + mid.length + ", " + high.length);
    }
    for (int i = 0; i < mid.length; i++) {
      double tolerance = 1e-9 * Math.max(1, Math.abs(mid[i]));
      if (low[i] > mid[i] + tolerance || mid[i] > high[i] + tolerance) {
        throw new IllegalArgumentException(
            "band out of order at " + i + ": " + low[i] + " / " + mid[i] + " / " + high[i]);
      }
    }
  }

  /** Returns the index of the largest finite value, or -1 when there is none. */
  public static int argMax(double[] values) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i]) && (best < 0 || values[i] > values[best])) {
        best = i;
      }
    }
    return best;
  }
}
