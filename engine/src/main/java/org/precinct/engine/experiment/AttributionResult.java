package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * What an attribution found: the interventions ranked by the benefit of their Shapley values, the
 * largest pairwise interactions, and the totals they share (Shapley 1953: the values add up to the
 * change from none to all).
 *
 * @param method exact or sampled
 * @param direction which way the metric improves, which orders the ranking
 * @param replications replications per subset (exact) or per leave-one-out cell (sampled)
 * @param samples permutation samples (sampled) or replications (exact) behind each Shapley value
 * @param noneValue the metric with every intervention off
 * @param allValue the metric with every intervention on
 * @param total the paired change from none to all, which the Shapley values share out
 * @param ranking interventions, most beneficial Shapley value first
 * @param interactions the largest interactions by magnitude (empty for the sampled method)
 */
public record AttributionResult(
    AttributionMethod method,
    Direction direction,
    int replications,
    int samples,
    Estimate noneValue,
    Estimate allValue,
    Estimate total,
    ImmutableList<InterventionAttribution> ranking,
    ImmutableList<PairInteraction> interactions) {

  /** The widest Shapley interval half-width: the precision a target-CI run drives down. */
  public double widestHalfWidth() {
    return ranking.collectDouble(a -> a.shapley().halfWidth()).maxIfEmpty(0);
  }

  /** The attribution of one intervention by id. */
  public InterventionAttribution of(String id) {
    InterventionAttribution found = ranking.detect(a -> a.id().equals(id));
    if (found == null) {
      throw new IllegalArgumentException("no intervention '" + id + "' in this attribution");
    }
    return found;
  }
}
