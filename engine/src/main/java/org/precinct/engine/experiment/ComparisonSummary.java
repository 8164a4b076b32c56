package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.RunMetadata;

/**
 * A comparison of mixes with a baseline on a scenario under common random numbers: the deciding
 * metric with Holm-adjusted p-values (Holm 1979), every other metric over the same runs, and how
 * precise it is, with the metadata a chart caption needs.
 *
 * @param metadata the scenario, seed, replications and version of the runs
 * @param metric the deciding metric
 * @param baseline the reference variant
 * @param mixes the compared variants, in request order
 * @param metrics every metric's comparison, the deciding one first
 * @param precision replications run and the widest difference half-width achieved
 * @param runs the simulation runs made
 */
public record ComparisonSummary(
    RunMetadata metadata,
    Metric metric,
    ScenarioVariant baseline,
    ImmutableList<ScenarioVariant> mixes,
    ImmutableList<MetricComparison> metrics,
    Precision precision,
    int runs) {

  /** The comparison on the deciding metric. */
  public ComparisonResult result() {
    return of(metric);
  }

  /** The comparison on any metric. */
  public ComparisonResult of(Metric which) {
    return metrics.detect(c -> c.metric() == which).result();
  }
}
