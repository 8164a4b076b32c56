package org.precinct.engine.experiment;

import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.ScenarioResult;

/**
 * A plain run of a scenario grown to a target precision by {@link SequentialReplications}: each
 * look simulates only the replications it adds and merges them exactly into the aggregate so far,
 * so the result at n replications is bit-identical to a fixed run of n, for any thread count.
 */
public final class TargetedRun {
  private final ScenarioRunner runner;
  private final RunPlan plan;
  private final TargetPrecision target;
  private final ReplicationSinks sinks;
  private ResultAggregator total;
  private int done;

  private TargetedRun(
      ScenarioRunner runner, RunPlan plan, TargetPrecision target, ReplicationSinks sinks) {
    this.runner = runner;
    this.plan = plan;
    this.target = target;
    this.sinks = sinks;
  }

  /**
   * Runs {@code plan} (its replication count is ignored) in growing batches until {@code governing}
   * of the result so far meets {@code target}, or the target's cap is reached; progress counts up
   * to the cap, and outcomes reach {@code sinks} in replication order.
   *
   * @throws org.precinct.engine.model.ModelInvariantException if a replication breaks an invariant
   */
  public static Sequential<ScenarioResult> run(
      ScenarioRunner runner,
      RunPlan plan,
      TargetPrecision target,
      ToDoubleFunction<ScenarioResult> governing,
      ReplicationSinks sinks) {
    TargetedRun run = new TargetedRun(runner, plan, target, sinks);
    IntFunction<ScenarioResult> grow = run::growTo;
    return SequentialReplications.run(target, grow, governing);
  }

  private ScenarioResult growTo(int n) {
    RunPlan sized = plan.withReplications(n);
    int offset = done;
    ProgressListener shifted =
        (finished, batch) -> sinks.listener().replicationDone(offset + finished, cap());
    ResultAggregator added =
        runner.aggregate(
            sized, IntStream.range(done, n).toArray(), shifted, sinks.each(), sinks.observers());
    ResultAggregator grown = new ResultAggregator(runner.metadata(sized));
    if (total != null) {
      grown.add(total);
    }
    grown.add(added);
    total = grown;
    done = n;
    return grown.result();
  }

  private int cap() {
    return target.maxReplications();
  }
}
