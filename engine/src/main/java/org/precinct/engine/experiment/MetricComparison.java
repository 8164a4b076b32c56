package org.precinct.engine.experiment;

import org.precinct.engine.result.Metric;

/**
 * The comparison of the mixes with the baseline on one metric, over the same runs.
 *
 * @param metric the metric compared
 * @param result paired differences, Holm-adjusted across the mixes (Holm 1979)
 */
public record MetricComparison(Metric metric, ComparisonResult result) {}
