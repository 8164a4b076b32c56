package org.precinct.engine.experiment.optimise;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.Estimate;

/**
 * One candidate as the search saw it, on the search's replications: its stated cost, the objective,
 * the second front metric, each constrained metric, and whether it is feasible.
 *
 * @param key the candidate's key in its {@link DecisionSpace}
 * @param label the candidate in words
 * @param costPerDay the stated cost per day of the interventions on
 * @param objective the objective's mean and interval
 * @param second the second front metric's mean and interval
 * @param constraints each constrained metric's mean and interval, in request order
 * @param feasibility the worst judgement over the bounds (cost is judged exactly)
 */
public record CandidateResult(
    long key,
    String label,
    double costPerDay,
    Estimate objective,
    Estimate second,
    ImmutableList<Estimate> constraints,
    Feasibility feasibility) {

  /** Checks that nothing is missing. */
  public CandidateResult {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(constraints, "constraints");
    Objects.requireNonNull(feasibility, "feasibility");
  }
}
