package org.precinct.engine.experiment;

import org.precinct.engine.result.Metric;

/**
 * The attribution of one metric over the same runs: how each intervention moves reviewer hours,
 * false positives or cost, beside how it moves harm.
 *
 * @param metric the metric attributed
 * @param result its Shapley values, leave-one-out and add-one-in effects
 */
public record MetricAttribution(Metric metric, AttributionResult result) {}
