package org.precinct.engine.experiment;

/**
 * The design of an attribution: how many replications per subset, up to how many interventions the
 * exact method is used, and the permutation budget beyond it.
 *
 * @param replications replications per subset in the exact method, and per cell for leave-one-out
 *     and add-one-in effects
 * @param exactLimit the largest number of interventions attributed exactly (2^n subsets)
 * @param samples permutation samples when there are more interventions than {@code exactLimit}
 * @param sampling plain or antithetic permutations
 * @param interactions how many of the largest pairwise interactions to report (exact method only)
 * @param bootstrapResamples resamples for the rank spread, at least 100
 * @param level the confidence level of every interval
 */
public record AttributionOptions(
    int replications,
    int exactLimit,
    int samples,
    PermutationSampling sampling,
    int interactions,
    int bootstrapResamples,
    double level) {

  /** The exact method's default ceiling: 1024 subsets. */
  public static final int DEFAULT_EXACT_LIMIT = 10;

  /** Validates the design. */
  public AttributionOptions {
    if (replications < 2) {
      throw new IllegalArgumentException(
          "attribution needs >= 2 replications, got " + replications);
    }
    if (exactLimit < 1 || exactLimit > SubsetValues.MAX_INTERVENTIONS) {
      throw new IllegalArgumentException("exact limit must be in 1..20, got " + exactLimit);
    }
    if (samples < 2 || interactions < 0 || bootstrapResamples < 100) {
      throw new IllegalArgumentException("need samples >= 2, interactions >= 0, resamples >= 100");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
  }

  /** Defaults: exact up to 10 interventions, 200 antithetic samples beyond, top 5 interactions. */
  public static AttributionOptions withReplications(int replications) {
    return new AttributionOptions(
        replications,
        DEFAULT_EXACT_LIMIT,
        200,
        PermutationSampling.ANTITHETIC,
        5,
        1000,
        Estimate.DEFAULT_LEVEL);
  }

  /** A copy with a different replication count. */
  public AttributionOptions withReplicationCount(int count) {
    return new AttributionOptions(
        count, exactLimit, samples, sampling, interactions, bootstrapResamples, level);
  }

  /** A copy with a different permutation sample count. */
  public AttributionOptions withSamples(int count) {
    return new AttributionOptions(
        replications, exactLimit, count, sampling, interactions, bootstrapResamples, level);
  }
}
