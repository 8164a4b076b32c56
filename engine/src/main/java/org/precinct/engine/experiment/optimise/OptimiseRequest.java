package org.precinct.engine.experiment.optimise;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.Metric;

/**
 * What an optimisation asks for: the objective, the second metric of the Pareto front, the
 * constraints, the selection's indifference zone and probability, and the run budget.
 *
 * @param objective the metric to make best (its direction decides min or max)
 * @param second the metric of the second Pareto front beside harm-versus-cost
 * @param constraints bounds on metric means
 * @param maxCostPerDay the bound on the stated cost per day (infinite for none)
 * @param indifference the indifference zone: a fraction of the baseline's objective when {@code
 *     relative}, else in the objective's unit
 * @param relative whether {@code indifference} is a fraction of the baseline
 * @param confidence the probability of correct selection to guarantee, and the one-sided confidence
 *     of every feasibility judgement, e.g. 0.95
 * @param budget the most simulation runs to make in all
 * @param search the search settings
 */
public record OptimiseRequest(
    Metric objective,
    Metric second,
    ImmutableList<OutcomeConstraint> constraints,
    double maxCostPerDay,
    double indifference,
    boolean relative,
    double confidence,
    long budget,
    SearchSettings search) {

  /** Checks the settings. */
  public OptimiseRequest {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(constraints, "constraints");
    Objects.requireNonNull(search, "search");
    if (!(indifference > 0) || !Double.isFinite(indifference)) {
      throw new IllegalArgumentException("the indifference zone must be positive");
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("the confidence must be in (0.5, 1)");
    }
    if (budget < 1) {
      throw new IllegalArgumentException("the budget must be at least one run");
    }
  }

  /** Whether a candidate's stated cost per day is within the bound. */
  boolean affordable(double costPerDay) {
    return costPerDay <= maxCostPerDay + 1e-9;
  }
}
