package org.precinct.engine.experiment;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;

/**
 * What to attribute on a scenario: which interventions (empty: all of the scenario's), which
 * metric, how many replications, and the attribution's design (the replication count in {@code
 * options} is replaced by the budget's).
 *
 * @param interventionIds the interventions to attribute, in report order; the others keep their
 *     default state
 * @param metric the metric whose change is shared out
 * @param budget a fixed replication count or a target half-width for the widest Shapley interval
 * @param options exact limit, sampling, interactions and bootstrap settings
 */
public record AttributionRequest(
    ImmutableList<String> interventionIds,
    Metric metric,
    ReplicationBudget budget,
    AttributionOptions options) {

  /** Checks that nothing is missing. */
  public AttributionRequest {
    Objects.requireNonNull(interventionIds, "interventionIds");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(options, "options");
  }
}
