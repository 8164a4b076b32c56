package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.spec.ScenarioSpec;

/** A run grown batch by batch to a target precision equals the same count run from scratch. */
final class TargetedRunTest {
  private static final ToDoubleFunction<ScenarioResult> RELATIVE =
      r -> {
        MetricSummary m = r.metric(Metric.MEAN_WAIT_HOURS);
        return (m.ciHigh() - m.ciLow()) / 2 / Math.abs(m.mean());
      };

  private final ScenarioSpec spec = TestScenarios.small().build();
  private final ScenarioRunner runner = new ScenarioRunner(spec);
  private final RunPlan plan = RunPlan.defaults(spec).withThreads(2);

  private TargetPrecision reachableTarget() {
    double pilot = RELATIVE.applyAsDouble(runner.run(plan.withReplications(10)));
    assertThat(pilot).isPositive().isFinite();
    return TargetPrecision.of(pilot * 0.6, 80);
  }

  @Test
  void stopsWhereRerunningEachLookFromScratchStopsWithTheSameResult() {
    TargetPrecision target = reachableTarget();
    List<Integer> seen = new ArrayList<>();
    List<int[]> progress = new ArrayList<>();
    ReplicationSinks sinks =
        new ReplicationSinks(
            (done, total) -> progress.add(new int[] {done, total}),
            outcome -> seen.add(outcome.replication()),
            ReplicationObservers.NONE);

    Sequential<ScenarioResult> grown = TargetedRun.run(runner, plan, target, RELATIVE, sinks);
    Sequential<ScenarioResult> fromScratch =
        SequentialReplications.run(target, n -> runner.run(plan.withReplications(n)), RELATIVE);

    assertThat(grown.reached()).isTrue();
    assertThat(grown.replications()).isGreaterThan(10).isEqualTo(fromScratch.replications());
    assertThat(grown.halfWidth()).isEqualTo(fromScratch.halfWidth());
    assertThat(grown.result()).isEqualTo(fromScratch.result());
    assertThat(grown.result().metadata().replications()).isEqualTo(grown.replications());
    assertThat(seen).hasSize(grown.replications()).isSorted().doesNotHaveDuplicates();
    assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(80));
    assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(grown.replications());
  }

  @Test
  void theSameTargetStopsAtTheSameCountOnOneThreadAndOnThree() {
    TargetPrecision target = reachableTarget();
    ReplicationSinks quiet =
        new ReplicationSinks(ProgressListener.NONE, outcome -> {}, ReplicationObservers.NONE);

    Sequential<ScenarioResult> one =
        TargetedRun.run(runner, plan.withThreads(1), target, RELATIVE, quiet);
    Sequential<ScenarioResult> three =
        TargetedRun.run(runner, plan.withThreads(3), target, RELATIVE, quiet);

    assertThat(three.replications()).isEqualTo(one.replications());
    assertThat(three.result()).isEqualTo(one.result());
  }

  @Test
  void anUnreachableTargetStopsAtTheCapAndSaysSo() {
    ReplicationSinks quiet =
        new ReplicationSinks(ProgressListener.NONE, outcome -> {}, ReplicationObservers.NONE);

    Sequential<ScenarioResult> capped =
        TargetedRun.run(runner, plan, TargetPrecision.of(1e-9, 25), RELATIVE, quiet);

    assertThat(capped.reached()).isFalse();
    assertThat(capped.replications()).isEqualTo(25);
    assertThat(capped.result()).isEqualTo(runner.run(plan.withReplications(25)));
  }
}
