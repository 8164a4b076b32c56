package org.precinct.engine.spec;

import org.eclipse.collections.api.set.ImmutableSet;

/**
 * An automated classifier set at an operating point on its ROC curve: under the binormal model
 * (Green and Swets 1966) separation d' = sqrt(2) * PhiInverse(auc), threshold t = d' -
 * PhiInverse(recall) on the benign scale, and false-positive rate = 1 - Phi(t), so raising recall
 * raises false positives along a curve fixed by the AUC.
 *
 * @param categories the categories it is trained on (it flags only harmful requests of these, and
 *     benign requests at its false-positive rate)
 * @param auc area under the ROC curve, 0.5 (chance) to 1 (perfect)
 * @param recall true-positive rate at the chosen threshold
 * @param latency hours from request to flag
 * @param recallDriftPerWeek share of its recall lost per week since its last update, compounding
 *     (adversaries find its blind spots; 0 = none); the false-positive rate does not drift
 * @param redTeam the red-team (pre-deployment testing) cadence that updates it, restoring its
 *     recall
 */
public record ClassifierSpec(
    String id,
    boolean enabled,
    ImmutableSet<PolicyCategory> categories,
    double auc,
    double recall,
    DistributionSpec latency,
    double recallDriftPerWeek,
    RedTeamSpec redTeam) {

  /** A classifier whose recall does not drift and that no red team updates. */
  public ClassifierSpec(
      String id,
      boolean enabled,
      ImmutableSet<PolicyCategory> categories,
      double auc,
      double recall,
      DistributionSpec latency) {
    this(id, enabled, categories, auc, recall, latency, 0.0, RedTeamSpec.none());
  }

  public ClassifierSpec {
    Require.probability(recallDriftPerWeek, "recallDriftPerWeek");
    Require.nonNull(redTeam, "redTeam");
    Require.id(id, "classifier id");
    Require.nonNull(categories, "categories");
    Require.range(auc, 0.5, 1.0, "auc");
    Require.probability(recall, "recall");
    Require.nonNull(latency, "latency");
  }
}
