package org.precinct.engine.result.stats;

import java.util.Arrays;

/**
 * Exact sample quantiles of a set of values, by Hyndman and Fan's definition 7 (the default of R
 * and NumPy), so that medians and percentile bands match what analysts compute elsewhere.
 *
 * <p>For sorted values {@code x[0..n-1]} and probability p, with {@code h = (n - 1) p}, the
 * quantile is {@code x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])}. Reference: R.
 * J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American Statistician
 * 50(4), 1996.
 */
public final class Quantiles {

  private final double[] sorted;

  private Quantiles(double[] sorted) {
    this.sorted = sorted;
  }

  /** Copies and sorts the values once, for asking several quantiles. */
  public static Quantiles of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("quantiles need at least one value");
    }
    double[] sorted = values.clone();
    for (double value : sorted) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("quantiles of NaN are undefined");
      }
    }
    Arrays.sort(sorted);
    return new Quantiles(sorted);
  }

  /** Returns the type-7 quantile of the values at probability {@code p}. */
  public static double quantile(double[] values, double p) {
    return of(values).quantile(p);
  }

  /** Returns the type-7 quantile at probability {@code p} in [0, 1]. */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], was " + p);
    }
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    if (below >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
  }

  /** Returns the median. */
  public double median() {
    return quantile(0.5);
  }

  /** Returns the number of values. */
  public int size() {
    return sorted.length;
  }
}
