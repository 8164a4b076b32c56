package org.precinct.engine.experiment;

/**
 * How precise an experiment's governing interval came out: the replications run, the half-width
 * achieved, the budget that was asked for, and whether a target (if any) was met.
 *
 * @param replications the replications behind each variant (or permutation samples, for sampled
 *     attribution)
 * @param achievedHalfWidth the widest governing half-width at the end
 * @param budget the fixed count or target precision that was asked for
 * @param reached true for a fixed count; for a target, whether it was met before the cap
 */
public record Precision(
    int replications, double achievedHalfWidth, ReplicationBudget budget, boolean reached) {

  /** The precision of a sequential outcome under {@code budget}. */
  public static Precision of(Sequential<?> outcome, ReplicationBudget budget) {
    return new Precision(outcome.replications(), outcome.halfWidth(), budget, outcome.reached());
  }
}
