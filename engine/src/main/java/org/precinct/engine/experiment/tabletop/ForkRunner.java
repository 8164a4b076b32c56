package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.ReplicationException;
import org.precinct.engine.experiment.ReplicationRunner;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.model.ModelInvariantException;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Runs several branches in every replication, replication by replication in parallel, and folds
 * each branch's outcomes in replication order: the options of a decision point thus share their
 * past and their random numbers (the same replication index), and the result does not depend on the
 * thread count.
 */
public final class ForkRunner {
  private final ScenarioSpec scenario;
  private final RunPlan plan;
  private final ScenarioRunner runner;

  /** A runner of branches of one scenario under one plan. */
  public ForkRunner(ScenarioSpec scenario, RunPlan plan) {
    this.scenario = scenario;
    this.plan = plan;
    this.runner = new ScenarioRunner(scenario);
  }

  /**
   * Runs every branch to the end in each replication and keeps each outcome's prefix up to {@code
   * cutTicks}.
   *
   * @throws ModelInvariantException if a replication breaks a model invariant
   */
  public ImmutableList<BranchResult> run(
      ImmutableList<Branch> branches, long cutTicks, ProgressListener listener) {
    long[] cuts = new long[branches.size()];
    java.util.Arrays.fill(cuts, cutTicks);
    return run(branches, cuts, listener);
  }

  /**
   * As above, cutting branch {@code b}'s outcomes at {@code cuts[b]} (where that branch's next stop
   * comes, which a state-triggered decision can make differ between branches).
   */
  public ImmutableList<BranchResult> run(
      ImmutableList<Branch> branches, long[] cuts, ProgressListener listener) {
    int n = plan.replications();
    MutableList<ResultAggregator> aggregators =
        branches
            .collect(b -> new ResultAggregator(runner.metadata(plan.withVariant(b.id()))))
            .toList();
    double[][][] values = new double[branches.size()][n][];
    MutableList<MutableList<ReplicationOutcome>> prefixes =
        branches.collect(b -> Lists.mutable.<ReplicationOutcome>empty()).toList();
    try {
      new ReplicationRunner(plan.threads())
          .runInOrder(
              n,
              r -> runAll(branches, r),
              listener,
              outcomes -> {
                for (int b = 0; b < outcomes.length; b++) {
                  aggregators.get(b).add(outcomes[b]);
                  values[b][outcomes[b].replication()] = outcomes[b].metricValues();
                  prefixes.get(b).add(OutcomePrefix.cut(outcomes[b], scenario.timeline(), cuts[b]));
                }
              });
    } catch (ReplicationException e) {
      if (e.getCause() instanceof ModelInvariantException broken) {
        throw new ModelInvariantException(e.getMessage() + ": " + broken.getMessage());
      }
      throw e;
    }
    MutableList<BranchResult> out = Lists.mutable.empty();
    branches.forEachWithIndex(
        (b, i) ->
            out.add(
                new BranchResult(
                    b.id(),
                    aggregators.get(i).result(),
                    values[i],
                    prefixes.get(i).toImmutable())));
    return out.toImmutable();
  }

  private ReplicationOutcome[] runAll(ImmutableList<Branch> branches, int replication) {
    ReplicationOutcome[] outcomes = new ReplicationOutcome[branches.size()];
    long end = scenario.timeline().endTicks();
    branches.forEachWithIndex(
        (b, i) ->
            outcomes[i] = PathReplication.replay(scenario, plan, replication, b.path(), end).run());
    return outcomes;
  }
}
