package org.precinct.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-day means across replications at day middles: what a chart draws for rare counts (reviews
 * started after the SLA), whose per-day median is zero even when the run total is not.
 *
 * @param label the series label
 * @param x axis positions (days relative to election day)
 * @param mean the mean across replications of each day's count
 */
public record DailyMeans(String label, double[] x, double[] mean) {

  /** Validates that the arrays line up and copies them. */
  public DailyMeans {
    Objects.requireNonNull(label, "label");
    if (x.length != mean.length) {
      throw new IllegalArgumentException(
          "x and mean differ in length: " + x.length + ", " + mean.length);
    }
    x = x.clone();
    mean = mean.clone();
  }

  /** Returns the number of days. */
  public int size() {
    return x.length;
  }

  /** Returns the largest daily mean, 0 when there is none. */
  public double max() {
    return Arrays.stream(mean).max().orElse(0);
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailyMeans d
        && label.equals(d.label)
        && Arrays.equals(x, d.x)
        && Arrays.equals(mean, d.mean);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, Arrays.hashCode(x), Arrays.hashCode(mean));
  }

  @Override
  public String toString() {
    return "DailyMeans[" + label + ", days=" + x.length + "]";
  }
}
