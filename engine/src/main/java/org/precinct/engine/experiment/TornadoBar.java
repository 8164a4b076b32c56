package org.precinct.engine.experiment;

/**
 * One bar of a tornado diagram (Howard 1988): the metric with one parameter at its low and at its
 * high value and every other parameter at its centre, and the paired swing between the two.
 *
 * @param id the parameter's id
 * @param label the parameter's label
 * @param lowValue the parameter's low value
 * @param highValue the parameter's high value
 * @param atLow the metric with the parameter low
 * @param atHigh the metric with the parameter high
 * @param swing the per-replication difference, high minus low, with its paired interval
 */
public record TornadoBar(
    String id,
    String label,
    double lowValue,
    double highValue,
    Estimate atLow,
    Estimate atHigh,
    Estimate swing) {}
