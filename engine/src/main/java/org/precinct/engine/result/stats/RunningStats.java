package org.precinct.engine.result.stats;

/**
 * Streaming count, mean, variance, minimum and maximum by Welford's update, mergeable by Chan et
 * al.'s formula, so that replications or threads can be summarised without keeping every value.
 *
 * <p>References: B. P. Welford, Technometrics 4(3), 1962; T. F. Chan, G. H. Golub and R. J.
 * LeVeque, "Updating formulae and a pairwise algorithm for computing sample variances", 1979.
 */
public final class RunningStats {

  private long count;
  private double mean;
  private double sumSquaredDeviations;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Creates empty statistics. */
  public RunningStats() {}

  /** Returns statistics of the given values. */
  public static RunningStats of(double... values) {
    RunningStats stats = new RunningStats();
    for (double value : values) {
      stats.add(value);
    }
    return stats;
  }

  /** Adds one observation. */
  public void add(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("cannot add NaN to running statistics");
    }
    count++;
    double delta = value - mean;
    mean += delta / count;
    sumSquaredDeviations += delta * (value - mean);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /** Adds every observation summarised by {@code other}, as if each had been added here. */
  public void merge(RunningStats other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      copy(other);
      return;
    }
    long total = count + other.count;
    double delta = other.mean - mean;
    mean += delta * other.count / total;
    sumSquaredDeviations +=
        other.sumSquaredDeviations + delta * delta * count * other.count / total;
    count = total;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  private void copy(RunningStats other) {
    count = other.count;
    mean = other.mean;
    sumSquaredDeviations = other.sumSquaredDeviations;
    min = other.min;
    max = other.max;
  }

  /** Returns the number of observations. */
  public long count() {
    return count;
  }

  /** Returns the mean, or NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** Returns the sum of the observations. */
  public double sum() {
    return mean * count;
  }

  /** Returns the sample variance (divisor n - 1), or NaN with fewer than two observations. */
  public double variance() {
    return count < 2 ? Double.NaN : sumSquaredDeviations / (count - 1);
  }

  /** Returns the sample standard deviation, or NaN with fewer than two observations. */
  public double stdDev() {
    return Math.sqrt(variance());
  }

  /** Returns the smallest observation, or NaN when empty. */
  public double min() {
    return count == 0 ? Double.NaN : min;
  }

  /** Returns the largest observation, or NaN when empty. */
  public double max() {
    return count == 0 ? Double.NaN : max;
  }

  @Override
  public String toString() {
    return "RunningStats[n=" + count + ", mean=" + mean() + ", sd=" + stdDev() + "]";
  }
}
