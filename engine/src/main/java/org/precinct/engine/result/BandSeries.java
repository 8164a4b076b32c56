package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * A time series across replications as a band: per bin the median, 10th and 90th percentiles and
 * the mean of the per-replication values; bin {@code i} starts at {@code
 * metadata.binStart(resolution, i)}.
 *
 * @param id a {@link SeriesKind} id
 * @param group a policy-category id, channel id, queue id or "all"
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
    double[] mean) {

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
        && Arrays.equals(mean, b.mean);
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
