package org.precinct.cli.experiment;

import org.precinct.charts.NamedChart;

/**
 * A drawn experiment chart with the title the report shows above it.
 *
 * @param title the report's heading for the chart
 * @param chart the chart and its file name
 */
public record ExperimentChart(String title, NamedChart chart) {}
