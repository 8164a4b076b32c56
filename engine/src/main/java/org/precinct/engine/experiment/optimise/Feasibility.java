package org.precinct.engine.experiment.optimise;

import org.precinct.engine.experiment.Estimate;

/**
 * Whether a candidate meets a bound, judged statistically: FEASIBLE when the one-sided confidence
 * bound on its mean is inside the limit, INFEASIBLE when the opposite bound is outside, UNDECIDED
 * in between (more replications would tell). A constraint on a stated cost is exact.
 */
public enum Feasibility {
  FEASIBLE,
  UNDECIDED,
  INFEASIBLE;

  /**
   * Judges {@code sample} against {@code bound} with one-sided confidence {@code level} (e.g. 0.95:
   * the mean is inside the bound with at least that confidence when FEASIBLE).
   */
  public static Feasibility of(double[] sample, OutcomeConstraint bound, double level) {
    Estimate e = Estimate.of(sample, 2 * level - 1);
    double inner = bound.atMost() ? e.ciHigh() : e.ciLow();
    double outer = bound.atMost() ? e.ciLow() : e.ciHigh();
    if (bound.holds(inner)) {
      return FEASIBLE;
    }
    return bound.holds(outer) ? UNDECIDED : INFEASIBLE;
  }

  /** The worse of two judgements (a candidate is feasible only if every bound is). */
  public Feasibility and(Feasibility other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The lowercase id for JSON and CSV. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
