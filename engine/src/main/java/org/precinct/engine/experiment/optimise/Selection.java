package org.precinct.engine.experiment.optimise;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.Estimate;

/**
 * The candidate the ranking-and-selection procedure chose, what it achieves with intervals, the
 * runner-up, and how sure the choice is.
 *
 * @param chosen the chosen candidate's key
 * @param chosenLabel the chosen candidate in words
 * @param chosenCostPerDay its stated cost per day
 * @param chosenMetrics every metric of the chosen candidate over its selection replications
 * @param runnerUp the runner-up's key, or {@link DecisionSpace#BASELINE} when there was none
 * @param runnerUpLabel the runner-up in words ("" when none)
 * @param runnerUpMetrics every metric of the runner-up over its selection replications
 * @param versusBaseline the chosen minus the baseline on the objective, paired
 * @param versusRunnerUp the chosen minus the runner-up on the objective, paired on their common
 *     replications (null-free: n = 0 when there is no runner-up)
 * @param finalists the number of candidates the procedure chose among
 * @param firstReplication the first replication index of the selection
 * @param replications the replications the chosen candidate had
 * @param guaranteed whether the procedure ended by its own rule (the probability holds)
 * @param probability the probability of correct selection it guarantees when {@code guaranteed}
 * @param delta the indifference zone in the objective's unit
 * @param feasibility the chosen candidate's feasibility over its selection replications
 */
public record Selection(
    long chosen,
    String chosenLabel,
    double chosenCostPerDay,
    ImmutableList<MetricEstimate> chosenMetrics,
    long runnerUp,
    String runnerUpLabel,
    ImmutableList<MetricEstimate> runnerUpMetrics,
    Estimate versusBaseline,
    Estimate versusRunnerUp,
    int finalists,
    int firstReplication,
    int replications,
    boolean guaranteed,
    double probability,
    double delta,
    Feasibility feasibility) {

  /** Whether there was a runner-up. */
  public boolean hasRunnerUp() {
    return runnerUp != DecisionSpace.BASELINE;
  }
}
