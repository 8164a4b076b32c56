package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.InjectSpec;

/**
 * A played exercise: every decision with its alternatives, the injects after the last decision, the
 * run along the chosen path, and the objectives evaluated on it.
 *
 * @param played the run with every chosen option applied at its decision time
 */
public record ExerciseOutcome(
    ImmutableList<DecisionRecord> decisions,
    ImmutableList<InjectSpec> injectsAfterLastDecision,
    BranchResult played,
    ExerciseAssessment objectives) {

  /** The choices made, in exercise order, as a decisions file records them. */
  public ImmutableList<Choice> choices() {
    return decisions.collect(d -> new Choice(d.stop().decision().id(), d.chosen().id()));
  }
}
