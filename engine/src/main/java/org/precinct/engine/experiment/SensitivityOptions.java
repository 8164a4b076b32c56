package org.precinct.engine.experiment;

/**
 * The size of a sensitivity analysis: replications per one-at-a-time variant, Latin hypercube
 * points for the joint design, and bootstrap resamples for the variance shares' intervals.
 *
 * @param replications replications of the centre and of every low and high variant
 * @param hypercubePoints points of the joint design, each run once in its own replication
 * @param bootstrapResamples resamples for the variance shares' intervals
 * @param level the confidence level of the tornado intervals
 */
public record SensitivityOptions(
    int replications, int hypercubePoints, int bootstrapResamples, double level) {

  /** Validates the sizes: the joint design needs at least 20 points to fill its bins. */
  public SensitivityOptions {
    if (replications < 2 || hypercubePoints < 20 || bootstrapResamples < 100) {
      throw new IllegalArgumentException(
          "sensitivity needs >= 2 replications, >= 20 hypercube points, >= 100 resamples");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
  }
}
