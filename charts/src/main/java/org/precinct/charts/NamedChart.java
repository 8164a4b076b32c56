package org.precinct.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A drawn chart with the file name it is written under (without extension), e.g. "time-to-enforce".
 *
 * @param name the base file name, lowercase-kebab
 * @param chart the chart
 */
public record NamedChart(String name, JFreeChart chart) {

  /** Validates the name. */
  public NamedChart {
    Objects.requireNonNull(chart, "chart");
    if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("chart name must be lowercase-kebab, was " + name);
    }
  }
}
