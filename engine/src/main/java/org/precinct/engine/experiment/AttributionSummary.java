package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.spec.InterventionSpec;

/**
 * An attribution of a scenario's interventions (Shapley 1953): the ranking on the chosen metric,
 * the same attribution of each side effect, the interventions' stated costs, and how precise it all
 * is, with the metadata a chart caption needs.
 *
 * @param metadata the scenario, seed, replications and version of the runs
 * @param metric the metric shared out
 * @param interventions the attributed interventions, in request order, with their stated costs
 * @param result the attribution of {@code metric}
 * @param sideEffects the attribution of each side effect over the same runs
 * @param precision replications run and the widest Shapley half-width achieved
 * @param runs the simulation runs made
 */
public record AttributionSummary(
    RunMetadata metadata,
    Metric metric,
    ImmutableList<InterventionSpec> interventions,
    AttributionResult result,
    ImmutableList<MetricAttribution> sideEffects,
    Precision precision,
    int runs) {

  /** The attributed intervention with this id. */
  public InterventionSpec intervention(String id) {
    InterventionSpec found = interventions.detect(i -> i.id().equals(id));
    if (found == null) {
      throw new IllegalArgumentException("no attributed intervention '" + id + "'");
    }
    return found;
  }

  /** The attribution of a side effect. */
  public AttributionResult sideEffect(Metric sideEffect) {
    MetricAttribution found = sideEffects.detect(a -> a.metric() == sideEffect);
    if (found == null) {
      throw new IllegalArgumentException("no side effect " + sideEffect.id() + " was attributed");
    }
    return found.result();
  }
}
