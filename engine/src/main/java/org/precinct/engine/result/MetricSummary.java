package org.precinct.engine.result;

/**
 * One metric across replications: mean with a Student-t confidence interval, and the median and
 * 10th/90th percentiles of the per-replication values.
 */
public record MetricSummary(
    Metric metric,
    int n,
    double mean,
    double ciLow,
    double ciHigh,
    double median,
    double p10,
    double p90,
    double stdDev) {}
