package org.precinct.engine.spec;

import org.eclipse.collections.api.map.ImmutableMap;

/**
 * The model's own refusal of harmful requests, by policy category (the seed's automated evaluations
 * measure exactly this rate); a refused request delivers nothing but can still be flagged by a
 * classifier.
 *
 * @param refusalProbability probability per category; a missing category is never refused
 */
public record RefusalSpec(
    boolean enabled, ImmutableMap<PolicyCategory, Double> refusalProbability) {
  public RefusalSpec {
    Require.nonNull(refusalProbability, "refusalProbability");
    refusalProbability.forEachKeyValue(
        (category, p) -> Require.probability(p, "refusalProbability." + category.id()));
  }

  /** The probability for a category, 0 when it is not listed. */
  public double probability(PolicyCategory category) {
    Double p = refusalProbability.get(category);
    return p == null ? 0.0 : p;
  }
}
