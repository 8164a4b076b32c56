package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.spec.ScenarioSpec;

final class ScenarioRunnerTest {
  private final ScenarioSpec spec = TestScenarios.small().build();

  @Test
  void resultIsIdenticalWithOneAndThreeThreads() {
    RunPlan plan = RunPlan.defaults(spec).withReplications(5);
    ScenarioResult one = new ScenarioRunner(spec).run(plan.withThreads(1));
    ScenarioResult three = new ScenarioRunner(spec).run(plan.withThreads(3));
    assertThat(three).isEqualTo(one);
  }

  @Test
  void resultCarriesMetricsSeriesCurvesAndMetadata() {
    ScenarioResult result =
        new ScenarioRunner(spec).run(RunPlan.defaults(spec).withReplications(4).withThreads(2));
    assertThat(result.metadata().replications()).isEqualTo(4);
    assertThat(result.metric(Metric.HARMFUL_REQUESTS).mean()).isPositive();
    assertThat(result.metric(Metric.HARMFUL_REQUESTS).n()).isEqualTo(4);
    assertThat(result.series(SeriesKind.HARM_DELIVERED, "all").size()).isEqualTo(14);
    // 14 calendar days crossing the end of daylight saving time on 3 November: 337 hours.
    assertThat(result.series(SeriesKind.BACKLOG, "review").size()).isEqualTo(14 * 24 + 1);
    assertThat(result.curve(CurveKind.ENFORCEMENT, "all").share()).isNotEmpty();
    assertThat(result.campaigns()).hasSize(10);
  }
}
