package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * One replication's values of one series, one per bin, before aggregation into a {@link
 * BandSeries}; a mean per bin (such as the mean wait of a day's reviews) carries its weights (the
 * reviews), so the aggregate pools the bin over replications as a ratio instead of averaging means.
 *
 * @param weights per bin, the number of observations behind each value; null for plain values
 */
public record SeriesValues(SeriesKind kind, String group, double[] values, double[] weights) {

  /** Plain values (a count, a total or a time average), not means of observations. */
  public SeriesValues(SeriesKind kind, String group, double[] values) {
    this(kind, group, values, null);
  }

  /** Whether the values are means with weights. */
  public boolean weighted() {
    return weights != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesValues s
        && kind == s.kind
        && group.equals(s.group)
        && Arrays.equals(values, s.values)
        && Arrays.equals(weights, s.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, group, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "SeriesValues[" + kind + ", " + group + ", bins=" + values.length + "]";
  }
}
