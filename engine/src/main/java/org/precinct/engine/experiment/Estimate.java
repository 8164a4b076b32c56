package org.precinct.engine.experiment;

import org.apache.commons.statistics.distribution.TDistribution;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.RunningStats;

/**
 * A sample mean with its Student-t confidence interval (Student 1908), the summary every experiment
 * reports for a per-replication quantity.
 *
 * <p>When the sample holds paired differences (the same replication index under two variants), this
 * is the paired-t interval. With fewer than two observations the precision is unknown and the
 * half-width is infinite.
 *
 * @param mean the sample mean
 * @param stdError the standard error of the mean (sample standard deviation over root n)
 * @param halfWidth the half-width of the interval at {@code level}
 * @param n the number of observations
 * @param level the confidence level, e.g. 0.95
 */
public record Estimate(double mean, double stdError, double halfWidth, int n, double level) {

  /** The confidence level used throughout Precinct's reports. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** Validates the level and the count. */
  public Estimate {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
  }

  /**
   * Summarises a sample with a two-sided Student-t interval at {@code level}, as {@link
   * ConfidenceInterval#studentT} computes it for every headline number of a run.
   */
  public static Estimate of(double[] sample, double level) {
    RunningStats stats = RunningStats.of(sample);
    int n = sample.length;
    if (n < 2) {
      return new Estimate(stats.mean(), Double.NaN, Double.POSITIVE_INFINITY, n, level);
    }
    ConfidenceInterval interval = ConfidenceInterval.studentT(stats, level);
    double stdError = stats.stdDev() / Math.sqrt(n);
    return new Estimate(interval.mean(), stdError, interval.halfWidth(), n, level);
  }

  /** Summarises a sample at the default 95% level. */
  public static Estimate of(double[] sample) {
    return of(sample, DEFAULT_LEVEL);
  }

  /** The lower end of the interval. */
  public double ciLow() {
    return mean - halfWidth;
  }

  /** The upper end of the interval. */
  public double ciHigh() {
    return mean + halfWidth;
  }

  /** Whether the interval contains {@code value}. */
  public boolean covers(double value) {
    return value >= ciLow() && value <= ciHigh();
  }

  /** Whether the interval excludes zero, i.e. the sign of the mean is settled at this level. */
  public boolean excludesZero() {
    return !covers(0);
  }

  /**
   * The two-sided p-value of the one-sample t-test of a zero mean; for a paired sample, the paired
   * t-test of no difference.
   */
  public double pValue() {
    if (n < 2) {
      return 1;
    }
    if (stdError == 0) {
      return mean == 0 ? 1 : 0;
    }
    double t = Math.abs(mean / stdError);
    return Math.min(1, 2 * TDistribution.of(n - 1).survivalProbability(t));
  }
}
