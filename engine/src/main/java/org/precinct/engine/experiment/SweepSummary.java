package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.RunMetadata;

/**
 * A sweep of one or two scenario parameters (a full factorial grid under common random numbers):
 * the chosen metric and the side effects at every grid point, with the metadata a chart caption
 * needs.
 *
 * @param metadata the scenario, seed, replications and version of the runs
 * @param metric the swept metric
 * @param parameters the swept parameters
 * @param result the metric over the grid
 * @param sideEffects each side effect over the same grid
 * @param precision replications per point and the widest half-width achieved
 * @param runs the simulation runs made
 */
public record SweepSummary(
    RunMetadata metadata,
    Metric metric,
    ImmutableList<SweepParameter> parameters,
    SweepResult result,
    ImmutableList<MetricSweep> sideEffects,
    Precision precision,
    int runs) {

  /** The widest interval half-width over the grid: the precision a target-CI sweep drives down. */
  static double widest(SweepResult result) {
    return result.cells().collectDouble(Estimate::halfWidth).maxIfEmpty(0);
  }
}
