package org.precinct.engine.experiment;

import org.precinct.engine.result.Metric;

/**
 * One metric over a sweep's grid, from the same runs as the swept metric.
 *
 * @param metric the metric
 * @param result its mean and interval at every grid point
 */
public record MetricSweep(Metric metric, SweepResult result) {}
