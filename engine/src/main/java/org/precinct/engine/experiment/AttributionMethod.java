package org.precinct.engine.experiment;

/** How Shapley values were obtained: from all 2^n subsets, or from sampled permutations. */
public enum AttributionMethod {
  /** All subsets, each in every replication (Shapley 1953). */
  EXACT,
  /** Random permutations, one replication each (Castro, Gomez and Tejada 2009). */
  SAMPLED
}
