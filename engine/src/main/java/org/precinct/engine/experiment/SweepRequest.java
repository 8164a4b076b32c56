package org.precinct.engine.experiment;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;

/**
 * What to sweep on a scenario: one or two parameters over their grids, the metric to map, and how
 * many replications per grid point.
 *
 * @param parameters one or two swept parameters; the second varies fastest
 * @param metric the metric mapped over the grid
 * @param budget a fixed replication count or a target half-width for the widest grid point
 */
public record SweepRequest(
    ImmutableList<SweepParameter> parameters, Metric metric, ReplicationBudget budget) {

  /** Checks the number of parameters. */
  public SweepRequest {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(budget, "budget");
    if (parameters.isEmpty() || parameters.size() > 2) {
      throw new IllegalArgumentException(
          "a sweep has one or two parameters, got " + parameters.size());
    }
  }
}
