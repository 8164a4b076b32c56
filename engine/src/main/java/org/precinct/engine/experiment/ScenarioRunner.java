package org.precinct.engine.experiment;

import java.util.Arrays;
import java.util.function.Consumer;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.model.ModelInvariantException;
import org.precinct.engine.model.ModelObserver;
import org.precinct.engine.result.ElectionMarker;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.TimeMarker;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * Runs N replications of a scenario in parallel and folds them, in replication order, into a {@link
 * ScenarioResult}: the entry point of the CLI and the experiments. Each replication is a pure
 * function of (scenario, plan, index), so the result is identical for any thread count, and no
 * outcome is kept after it is folded.
 */
public final class ScenarioRunner {
  /** The confidence level of every interval in a result. */
  public static final double CONFIDENCE_LEVEL = 0.95;

  private final ScenarioSpec scenario;

  /** A runner for one scenario. */
  public ScenarioRunner(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** Runs the plan quietly. */
  public ScenarioResult run(RunPlan plan) {
    return run(plan, ProgressListener.NONE, outcome -> {});
  }

  /** Runs the plan, reporting progress. */
  public ScenarioResult run(RunPlan plan, ProgressListener listener) {
    return run(plan, listener, outcome -> {});
  }

  /**
   * Runs the plan, reporting progress and handing each replication's outcome to {@code each} in
   * replication order (for per-replication tables) before it is folded and dropped.
   *
   * @throws ModelInvariantException if a replication breaks a model invariant (message names it)
   */
  public ScenarioResult run(
      RunPlan plan, ProgressListener listener, Consumer<? super ReplicationOutcome> each) {
    int[] all = new int[plan.replications()];
    Arrays.setAll(all, r -> r);
    return aggregate(plan, all, listener, each).result();
  }

  /**
   * Runs only the given replications of the plan (one shard of it, in ascending order) and returns
   * their fold: a partial result that {@link ResultAggregator#add(ResultAggregator)} merges exactly
   * with the other shards'.
   *
   * @throws ModelInvariantException if a replication breaks a model invariant (message names it)
   */
  public ResultAggregator aggregate(
      RunPlan plan,
      int[] replications,
      ProgressListener listener,
      Consumer<? super ReplicationOutcome> each) {
    return aggregate(plan, replications, listener, each, ReplicationObservers.NONE);
  }

  /**
   * As {@link #aggregate(RunPlan, int[], ProgressListener, Consumer)}, watching the replications
   * {@code observers} chooses while they run; the outcomes equal the unwatched ones.
   *
   * @throws ModelInvariantException if a replication breaks a model invariant (message names it)
   */
  public ResultAggregator aggregate(
      RunPlan plan,
      int[] replications,
      ProgressListener listener,
      Consumer<? super ReplicationOutcome> each,
      ReplicationObservers observers) {
    ResultAggregator aggregator = new ResultAggregator(metadata(plan));
    try {
      new ReplicationRunner(plan.threads())
          .runInOrder(
              replications.length,
              i -> runWatched(plan, replications[i], observers),
              listener,
              outcome -> {
                each.accept(outcome);
                aggregator.add(outcome);
              });
    } catch (ReplicationException e) {
      int replication = replications[e.replication()];
      if (e.getCause() instanceof ModelInvariantException broken) {
        throw new ModelInvariantException(
            "replication " + replication + " failed: " + broken.getMessage());
      }
      throw new ReplicationException(replication, e.getCause());
    }
    return aggregator;
  }

  private ReplicationOutcome runWatched(
      RunPlan plan, int replication, ReplicationObservers observers) {
    ModelObserver observer = observers.open(replication);
    if (observer == null) {
      return runReplication(plan, replication);
    }
    try {
      return runReplication(plan, replication, observer);
    } finally {
      observers.close(replication, observer);
    }
  }

  /** Runs one replication of the plan on the calling thread. */
  public ReplicationOutcome runReplication(RunPlan plan, int replication) {
    return runReplication(plan, replication, null);
  }

  /**
   * Runs one replication of the plan on the calling thread, reporting every step to {@code
   * observer} (for the events log of a chosen replication); the outcome equals the unobserved one.
   */
  public ReplicationOutcome runReplication(RunPlan plan, int replication, ModelObserver observer) {
    return new ElectionModel(
            scenario, plan.interventions(), plan.extraChanges(), plan.seed(), replication, observer)
        .run();
  }

  /** The metadata a result of this plan carries. */
  public RunMetadata metadata(RunPlan plan) {
    TimelineSpec t = scenario.timeline();
    return new RunMetadata(
        scenario.metadata().id(),
        scenario.metadata().title(),
        scenario.metadata().marking(),
        plan.scenarioHash(),
        plan.seed(),
        plan.replications(),
        plan.precinctVersion(),
        plan.variant(),
        CONFIDENCE_LEVEL,
        t.zone(),
        t.start(),
        t.electionDay(),
        t.end(),
        t.milestones().collect(m -> new TimeMarker(m.label(), m.atTicks())),
        scenario
            .injects()
            .reject(InjectSpec::isTriggered)
            .collect(i -> new TimeMarker(i.title(), i.atTicks())),
        scenario
            .interventions()
            .select(i -> plan.interventions().isOn(i.id()))
            .collect(i -> i.id()),
        t.elections()
            .collect(
                e ->
                    new ElectionMarker(
                        e.id(), e.label(), e.electionDay(), t.electionDayStartTicks(e))));
  }

  /** The scenario this runner runs. */
  public ScenarioSpec scenario() {
    return scenario;
  }
}
