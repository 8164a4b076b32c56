package org.precinct.charts;

import java.util.Arrays;
import java.util.Objects;
import org.jfree.data.xy.YIntervalSeries;
import org.precinct.charts.scale.Bands;

/**
 * A series as drawn on a dated axis: per point its axis position, median and p10-p90 band; the
 * dataset functions of the time-series charts return these and the factories draw them unchanged.
 *
 * @param label the legend label
 * @param x axis positions (days relative to election day)
 * @param median the median across replications
 * @param p10 the 10th percentile
 * @param p90 the 90th percentile
 */
public record BandLine(String label, double[] x, double[] median, double[] p10, double[] p90) {

  /** Validates that the arrays line up and the band holds the median. */
  public BandLine {
    Objects.requireNonNull(label, "label");
    if (x.length != median.length) {
      throw new IllegalArgumentException(
          "x and median differ in length: " + x.length + ", " + median.length);
    }
    Bands.requireOrdered(p10, median, p90);
    x = x.clone();
    median = median.clone();
    p10 = p10.clone();
    p90 = p90.clone();
  }

  /** Returns the number of points. */
  public int size() {
    return x.length;
  }

  /** Returns the JFreeChart series of this line. */
  YIntervalSeries toSeries() {
    YIntervalSeries series = new YIntervalSeries(label, false, true);
    for (int i = 0; i < x.length; i++) {
      series.add(x[i], median[i], p10[i], p90[i]);
    }
    return series;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] median() {
    return median.clone();
  }

  @Override
  public double[] p10() {
    return p10.clone();
  }

  @Override
  public double[] p90() {
    return p90.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BandLine b
        && label.equals(b.label)
        && Arrays.equals(x, b.x)
        && Arrays.equals(median, b.median)
        && Arrays.equals(p10, b.p10)
        && Arrays.equals(p90, b.p90);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, Arrays.hashCode(x), Arrays.hashCode(median));
  }

  @Override
  public String toString() {
    return "BandLine[" + label + ", points=" + x.length + "]";
  }
}
