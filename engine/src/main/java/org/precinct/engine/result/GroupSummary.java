package org.precinct.engine.result;

/**
 * A breakdown measure across replications: mean with its confidence interval (Student t), like a
 * {@link MetricSummary} for a group a scenario defines, and the median of the per-replication
 * values (exact up to {@link ResultAggregator#RESERVOIR} replications).
 */
public record GroupSummary(
    String table,
    String group,
    String measure,
    long replications,
    double mean,
    double ciLow,
    double ciHigh,
    double median) {}
