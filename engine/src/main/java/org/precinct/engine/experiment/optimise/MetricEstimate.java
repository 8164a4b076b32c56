package org.precinct.engine.experiment.optimise;

import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;

/** A metric's mean and interval for one candidate. */
public record MetricEstimate(Metric metric, Estimate estimate) {}
