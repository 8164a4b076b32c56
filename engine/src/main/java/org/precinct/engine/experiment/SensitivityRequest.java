package org.precinct.engine.experiment;

import java.util.Objects;
import org.precinct.engine.result.Metric;

/**
 * What to analyse on a scenario's uncertain parameters: the metric, replications per one-at-a-time
 * variant, and the size of the joint Latin hypercube design.
 *
 * @param metric the metric whose sensitivity is measured
 * @param budget a fixed replication count or a target half-width for the widest tornado swing
 * @param hypercubePoints points in the joint design, each one run
 * @param bootstrapResamples resamples for the variance shares' intervals
 */
public record SensitivityRequest(
    Metric metric, ReplicationBudget budget, int hypercubePoints, int bootstrapResamples) {

  /** Checks the sizes. */
  public SensitivityRequest {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(budget, "budget");
    if (hypercubePoints < 20 || bootstrapResamples < 100) {
      throw new IllegalArgumentException("need >= 20 hypercube points and >= 100 resamples");
    }
  }
}
