package org.precinct.engine.experiment;

/**
 * How sampled Shapley values draw permutations (Castro, Gomez and Tejada 2009): plainly, or in
 * antithetic pairs of a permutation and its reverse (Mitchell et al. 2022), which costs about twice
 * the runs per sample and usually cuts the variance by more than that when effects are roughly
 * additive, because early and late positions are balanced within each pair.
 */
public enum PermutationSampling {
  /** One uniformly random permutation per sample. */
  PLAIN,
  /** A random permutation and its reverse per sample, their contributions averaged. */
  ANTITHETIC
}
