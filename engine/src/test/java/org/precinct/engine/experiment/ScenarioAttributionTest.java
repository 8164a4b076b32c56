package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ScenarioAttributionTest {

  private final ScenarioSpec scenario = ExperimentScenarios.smallWithInterventions();
  private final AttributionSummary onTwoThreads = attribute(2);

  private AttributionSummary attribute(int threads) {
    AttributionRequest request =
        new AttributionRequest(
            Lists.immutable.empty(),
            Metric.HARM_WEIGHTED_BEFORE_ELECTION,
            new ReplicationBudget.Fixed(4),
            AttributionOptions.withReplications(4));
    return ScenarioAttribution.run(
        scenario, RunPlan.defaults(scenario).withThreads(threads), request, ProgressListener.NONE);
  }

  @Test
  void everySubsetRunsOnceAndTheResultDoesNotDependOnThreads() {
    AttributionSummary two = onTwoThreads;
    AttributionSummary one = attribute(1);
    assertThat(two.runs()).isEqualTo(8 * 4);
    assertThat(two.result()).isEqualTo(one.result());
    assertThat(two.sideEffects()).isEqualTo(one.sideEffects());
    assertThat(two.metadata().replications()).isEqualTo(4);
  }

  @Test
  void statedCostsAreAttributedToTheInterventionThatCarriesThem() {
    AttributionSummary summary = onTwoThreads;
    AttributionResult cost = summary.sideEffect(Metric.INTERVENTION_COST);
    double days = 14;
    assertThat(cost.of("more-reviewers").shapley().mean()).isCloseTo(5.0 * days, within(0.5));
    assertThat(cost.of("better-recall").shapley().mean()).isCloseTo(2.0 * days, within(0.5));
    assertThat(summary.intervention("faster-suspension").costPerDay()).isEqualTo(1.0);
  }
}
