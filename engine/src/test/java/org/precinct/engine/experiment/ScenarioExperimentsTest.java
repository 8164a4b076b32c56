package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

final class ScenarioExperimentsTest {

  private static final Metric HARM = Metric.HARM_WEIGHTED_BEFORE_ELECTION;

  private final ScenarioSpec scenario = ExperimentScenarios.withUncertainties();
  private final RunPlan plan = RunPlan.defaults(scenario).withThreads(2);

  @Test
  void compareRunsEveryMixOnTheBaselinesReplicationsAndReportsEveryMetric() {
    ComparisonRequest request =
        new ComparisonRequest(
            variant("none", InterventionSet.none()),
            Lists.immutable.of(
                variant("recall", InterventionSet.of("better-recall")),
                variant("all", InterventionSet.of("better-recall", "more-reviewers"))),
            HARM,
            new ReplicationBudget.Fixed(3));
    ComparisonSummary summary =
        ScenarioComparison.run(scenario, plan, request, ProgressListener.NONE);
    assertThat(summary.runs()).isEqualTo(9);
    assertThat(summary.metrics()).hasSize(Metric.values().length);
    assertThat(summary.metrics().getFirst().metric()).isEqualTo(HARM);
    MixComparison all = summary.result().mixes().getLast();
    assertThat(all.difference().mean()).isNegative();
    assertThat(summary.of(Metric.INTERVENTION_COST).mixes().getLast().difference().mean())
        .isPositive();
  }

  @Test
  void sweepSetsTheParameterAtEveryGridPoint() {
    SweepParameter recall =
        new SweepParameter(
            ExperimentScenarios.ref(Parameter.CLASSIFIER_RECALL, "election-misuse"),
            new SweepAxis("recall", "Classifier recall", new double[] {0.3, 0.95}));
    SweepSummary summary =
        ScenarioSweep.run(
            scenario,
            plan,
            new SweepRequest(Lists.immutable.of(recall), HARM, new ReplicationBudget.Fixed(2)),
            ProgressListener.NONE);
    assertThat(summary.runs()).isEqualTo(4);
    assertThat(summary.result().at(1).mean()).isLessThan(summary.result().at(0).mean());
    assertThat(summary.result().bestIndex()).isEqualTo(1);
    assertThat(summary.sideEffects()).hasSize(SideEffects.METRICS.size());
  }

  @Test
  void sensitivityPutsClassifierRecallOnTopWithHarmFallingAsRecallRises() {
    SensitivitySummary summary =
        ScenarioSensitivity.run(
            scenario,
            plan,
            new SensitivityRequest(HARM, new ReplicationBudget.Fixed(2), 20, 100),
            ProgressListener.NONE);
    assertThat(summary.runs()).isEqualTo(5 * 2 + 20);
    TornadoBar top = summary.result().bars().getFirst();
    assertThat(top.id()).isEqualTo("classifier-recall:election-misuse");
    assertThat(top.swing().mean()).isNegative();
    assertThat(summary.result().shares()).hasSize(2);
  }

  @Test
  void sensitivityRefusesAScenarioWithoutUncertainParameters() {
    ScenarioSpec plain = ExperimentScenarios.smallWithInterventions();
    SensitivityRequest request =
        new SensitivityRequest(HARM, new ReplicationBudget.Fixed(2), 20, 100);
    assertThatThrownBy(
            () ->
                ScenarioSensitivity.run(
                    plain, RunPlan.defaults(plain), request, ProgressListener.NONE))
        .hasMessageContaining("no uncertain parameters");
  }

  private static ScenarioVariant variant(String id, InterventionSet interventions) {
    return new ScenarioVariant(id, id, interventions, Lists.immutable.empty());
  }
}
