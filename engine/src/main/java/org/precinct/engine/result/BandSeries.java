package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * A time series across replications as a band: per bin the median, 10th and 90th percentiles of the
 * per-replication values, their mean and the 95% confidence interval of that mean; bin {@code i}
 * starts at {@code metadata.binStart(resolution, i)}. For a series of means (a day's mean wait) the
 * mean is pooled: the day's total over replications divided by its count, with the ratio
 * estimator's interval.
 *
 * @param id a {@link SeriesKind} id
 * @param group a policy-category id, channel id, queue id or "all"
 * @param ciLow per bin, the lower bound of the 95% interval of the mean (NaN when not estimable)
 * @param ciHigh per bin, the upper bound
 */
public record BandSeries(
    String id,
    String label,
    String unit,
    SeriesResolution resolution,
    String group,
    double[] median,
    double[] p10,
    double[] p90,
    double[] mean,
    double[] ciLow,
    double[] ciHigh) {

  /** A band without intervals (NaN bounds), as built by tests and older callers. */
  public BandSeries(
      String id,
      String label,
      String unit,
      SeriesResolution resolution,
      String group,
      double[] median,
      double[] p10,
      double[] p90,
      double[] mean) {
    this(
        id,
        label,
        unit,
        resolution,
        group,
        median,
        p10,
        p90,
        mean,
        nan(mean.length),
        nan(mean.length));
  }

  private static double[] nan(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }

  /** The typed kind of this series. */
  public SeriesKind kind() {
    return SeriesKind.fromId(id);
  }

  /** The number of bins. */
  public int size() {
    return median.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BandSeries b
        && id.equals(b.id)
        && label.equals(b.label)
        && unit.equals(b.unit)
        && resolution == b.resolution
        && group.equals(b.group)
        && Arrays.equals(median, b.median)
        && Arrays.equals(p10, b.p10)
        && Arrays.equals(p90, b.p90)
        && Arrays.equals(mean, b.mean)
        && Arrays.equals(ciLow, b.ciLow)
        && Arrays.equals(ciHigh, b.ciHigh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, resolution, group, Arrays.hashCode(mean));
  }

  @Override
  public String toString() {
    return "BandSeries[" + id + ", " + resolution + ", " + group + ", bins=" + median.length + "]";
  }
}
