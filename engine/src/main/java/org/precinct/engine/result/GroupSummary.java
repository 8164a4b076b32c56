package org.precinct.engine.result;

/**
 * A breakdown measure across replications: mean with its confidence interval (Student t), like a
 * {@link MetricSummary} for a group a scenario defines.
 */
public record GroupSummary(
    String table,
    String group,
    String measure,
    long replications,
    double mean,
    double ciLow,
    double ciHigh) {}
