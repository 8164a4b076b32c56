package org.precinct.engine.experiment;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;

/**
 * What to compare on a scenario: a baseline, the mixes to set against it, the metric that decides
 * (Holm-corrected across the mixes), and how many replications.
 *
 * @param baseline the reference variant
 * @param mixes the variants compared with it, in report order
 * @param metric the deciding metric; every other metric is reported descriptively
 * @param budget a fixed replication count or a target half-width for the widest difference
 */
public record ComparisonRequest(
    ScenarioVariant baseline,
    ImmutableList<ScenarioVariant> mixes,
    Metric metric,
    ReplicationBudget budget) {

  /** Checks that there is something to compare. */
  public ComparisonRequest {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(budget, "budget");
    if (mixes.isEmpty()) {
      throw new IllegalArgumentException("compare needs at least one mix besides the baseline");
    }
  }
}
