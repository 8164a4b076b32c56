package org.precinct.charts.scale;

import java.util.Objects;

/**
 * One labelled estimate with its interval (a confidence interval, or a p10-p90 band), the input of
 * every bar-with-whiskers chart; the compact constructor refuses an interval that does not hold its
 * estimate, so a drawn whisker never points the wrong way.
 *
 * @param label what was estimated, as shown on the chart
 * @param estimate the point estimate (mean, median or difference)
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(String label, double estimate, double low, double high) {

  /** Validates the ordering low <= estimate <= high (a tolerance absorbs rounding). */
  public Interval {
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(estimate) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(
          "interval '" + label + "' must be finite, was " + low + " / " + estimate + " / " + high);
    }
    double tolerance = 1e-9 * Math.max(1, Math.abs(estimate));
    if (low > estimate + tolerance || estimate > high + tolerance) {
      throw new IllegalArgumentException(
          "interval '"
              + label
              + "' must satisfy low <= estimate <= high, was "
              + low
              + " / "
              + estimate
              + " / "
              + high);
    }
  }

  /** Returns the width of the interval. */
  public double width() {
    return high - low;
  }

  /** Tells whether the interval excludes zero, i.e. the difference is distinguishable from none. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }
}
