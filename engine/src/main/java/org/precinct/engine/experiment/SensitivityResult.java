package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * Which assumptions move the answer most: tornado bars (one parameter at a time, Howard 1988),
 * first-order variance shares when all vary together (Sobol 1993), and how much of the joint
 * variance is simulation noise rather than any assumption.
 *
 * @param direction which way the metric improves
 * @param replications replications of each one-at-a-time variant
 * @param hypercubePoints points in the joint design
 * @param centre the metric with every parameter at its centre
 * @param bars tornado bars, largest absolute swing first
 * @param shares first-order variance shares, largest first
 * @param noiseShare the centre's replication variance over the joint design's variance, clipped to
 *     [0, 1]: the part no parameter can explain
 */
public record SensitivityResult(
    Direction direction,
    int replications,
    int hypercubePoints,
    Estimate centre,
    ImmutableList<TornadoBar> bars,
    ImmutableList<VarianceShare> shares,
    double noiseShare) {}
