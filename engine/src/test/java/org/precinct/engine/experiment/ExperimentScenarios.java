package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.model.ScenarioBuilder;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.UncertainParameterSpec;

/** The model's small test scenario with three interventions and two uncertain parameters. */
final class ExperimentScenarios {

  private ExperimentScenarios() {}

  /** Two weeks, ten campaigns; interventions: better recall, more reviewers, faster suspension. */
  static ScenarioSpec smallWithInterventions() {
    ScenarioBuilder b = TestScenarios.small();
    b.interventions.add(
        intervention(
            "better-recall",
            2.0,
            new Change.SetParameter(ref(Parameter.CLASSIFIER_RECALL, "election-misuse"), 0.9)));
    b.interventions.add(
        intervention(
            "more-reviewers",
            5.0,
            new Change.ScaleParameter(ref(Parameter.QUEUE_STAFF_SCALE, "review"), 2.0)));
    b.interventions.add(
        intervention(
            "faster-suspension",
            1.0,
            new Change.ScaleParameter(ref(Parameter.SUSPENSION_DELAY_SCALE, ""), 0.25)));
    return b.build();
  }

  /** The same scenario with uncertain classifier recall and reviewer accuracy. */
  static ScenarioSpec withUncertainties() {
    ScenarioSpec s = smallWithInterventions();
    ImmutableList<UncertainParameterSpec> uncertain =
        Lists.immutable.of(
            new UncertainParameterSpec(
                ref(Parameter.CLASSIFIER_RECALL, "election-misuse"),
                new DistributionSpec.Uniform(0.4, 0.9),
                0.4,
                0.9),
            new UncertainParameterSpec(
                ref(Parameter.QUEUE_ACCURACY, "review"),
                new DistributionSpec.Uniform(0.85, 0.99),
                0.85,
                0.99));
    return new ScenarioSpec(
        s.metadata(),
        s.timeline(),
        s.channels(),
        s.campaigns(),
        s.benign(),
        s.defenses(),
        s.queues(),
        s.enforcement(),
        s.harmWeighting(),
        s.injects(),
        s.interventions(),
        s.decisionPoints(),
        s.exercise(),
        uncertain,
        s.run());
  }

  static ParameterRef ref(Parameter parameter, String target) {
    return new ParameterRef(parameter, target);
  }

  private static InterventionSpec intervention(String id, double costPerDay, Change change) {
    return new InterventionSpec(
        id,
        id.replace('-', ' '),
        "Test intervention " + id,
        false,
        costPerDay,
        Lists.immutable.of(change));
  }
}
