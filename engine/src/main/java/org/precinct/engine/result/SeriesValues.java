package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * One replication's values of one series, one per bin, before aggregation into a {@link
 * BandSeries}.
 */
public record SeriesValues(SeriesKind kind, String group, double[] values) {

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesValues s
        && kind == s.kind
        && group.equals(s.group)
        && Arrays.equals(values, s.values);
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
