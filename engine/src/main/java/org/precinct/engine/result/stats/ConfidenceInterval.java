package org.precinct.engine.result.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A confidence interval for a mean across replications, the form in which every headline number of
 * a run is reported.
 *
 * @param mean the sample mean
 * @param low the lower bound, {@code mean - halfWidth}
 * @param high the upper bound, {@code mean + halfWidth}
 * @param halfWidth the half-width; NaN with fewer than two observations
 * @param level the confidence level, for example 0.95
 * @param n the number of observations
 */
public record ConfidenceInterval(
    double mean, double low, double high, double halfWidth, double level, long n) {

  /**
   * The Student-t interval {@code mean +/- t(1 - (1 - level) / 2, n - 1) * s / sqrt(n)} for
   * independent replications; with fewer than two observations the bounds are NaN, since no spread
   * can be estimated.
   */
  public static ConfidenceInterval studentT(RunningStats stats, double level) {
    return studentT(stats.count(), stats.mean(), stats.stdDev(), level);
  }

  /** The Student-t interval from exact moments (see {@link #studentT(RunningStats, double)}). */
  public static ConfidenceInterval studentT(ExactMoments moments, double level) {
    return studentT(moments.count(), moments.mean(), moments.stdDev(), level);
  }

  /** The Student-t interval of {@code n} observations with this mean and standard deviation. */
  public static ConfidenceInterval studentT(long n, double mean, double stdDev, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    if (n < 2) {
      return new ConfidenceInterval(mean, Double.NaN, Double.NaN, Double.NaN, level, n);
    }
    double halfWidth = tQuantile(n, level) * stdDev / Math.sqrt(n);
    return new ConfidenceInterval(mean, mean - halfWidth, mean + halfWidth, halfWidth, level, n);
  }

  /** The two-sided Student-t quantile for {@code n} observations ({@code n - 1} degrees). */
  public static double tQuantile(long n, double level) {
    return TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /** Returns whether the value lies inside the interval, bounds included. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /** Returns the half-width relative to the absolute value of {@code reference}. */
  public double relativeHalfWidth(double reference) {
    return halfWidth / Math.abs(reference);
  }
}
