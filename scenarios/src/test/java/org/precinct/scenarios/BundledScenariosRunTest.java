package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.ScenarioSpec;

final class BundledScenariosRunTest {

  static Stream<String> ids() {
    return BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void everyBundledScenarioRunsOneReplicationWithItsDefaultInterventions(String id) {
    ScenarioSpec spec = BundledScenarios.load(id);
    ScenarioRunner runner = new ScenarioRunner(spec);
    ReplicationOutcome outcome =
        runner.runReplication(RunPlan.defaults(spec).withReplications(1), 0);
    assertThat(outcome).isNotNull();
  }
}
