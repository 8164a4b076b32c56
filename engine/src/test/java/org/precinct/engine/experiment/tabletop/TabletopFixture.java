package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.Comparison;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ModuleSpec;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * A small test scenario (four campaigns, light benign load) with three decision points, two
 * injects, two modules and objectives.
 */
final class TabletopFixture {
  static final long DP1 = 3 * Ticks.DAY + 9 * Ticks.HOUR;
  static final long DP2 = 6 * Ticks.DAY + 9 * Ticks.HOUR;
  static final long DP3 = 9 * Ticks.DAY + 9 * Ticks.HOUR;
  static final long LATE_INJECT = 8 * Ticks.DAY;

  private TabletopFixture() {}

  static ScenarioSpec scenario() {
    ScenarioSpec s = TestScenarios.small().build();
    return new ScenarioSpec(
        s.metadata(),
        s.timeline(),
        s.channels(),
        s.campaigns().take(4),
        s.benign()
            .collect(
                b ->
                    new BenignStreamSpec(
                        b.id(), b.kind(), b.channelId(), b.requestsPerDay() / 4, b.users() / 4)),
        s.defenses(),
        s.queues(),
        s.enforcement(),
        s.harmWeighting(),
        injects(),
        s.interventions(),
        decisions(),
        exercise(),
        s.uncertainties(),
        s.run());
  }

  static RunPlan plan(ScenarioSpec scenario, int replications) {
    return RunPlan.defaults(scenario).withReplications(replications).withThreads(2).withSeed(11);
  }

  private static ImmutableList<InjectSpec> injects() {
    return Lists.immutable.of(
        new InjectSpec(
            "early-outage",
            2 * Ticks.DAY,
            "Reviewer outage",
            "A vendor outage takes two reviewers offline for a day.",
            Lists.immutable.of(new Change.AddStaff("review", 2 * Ticks.DAY, 3 * Ticks.DAY, -2)),
            "Backlog rises for a day.",
            Lists.immutable.of("Outages need a fallback roster."),
            Lists.immutable.of("Who calls in the fallback roster?"),
            "first-week"),
        new InjectSpec(
            "late-wave",
            LATE_INJECT,
            "Secret late wave",
            "A hidden narrative the players must not see early.",
            Lists.immutable.of(scale(Parameter.CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY, 1.5)),
            "Answer key: harm spikes for two days.",
            Lists.immutable.of("Hidden learning point."),
            Lists.immutable.of("Hidden question?"),
            "second-week"));
  }

  private static ImmutableList<DecisionPointSpec> decisions() {
    return Lists.immutable.of(
        new DecisionPointSpec(
            "staffing",
            DP1,
            "Add reviewers for the next five days?",
            Lists.immutable.of(
                option("hold", "Carry on", 0),
                option(
                    "surge",
                    "Surge three reviewers",
                    2,
                    new Change.AddStaff("review", DP1, DP1 + 5 * Ticks.DAY, 3)))),
        new DecisionPointSpec(
            "flags",
            DP2,
            "Open cases after two flags?",
            Lists.immutable.of(
                option("hold", "Carry on", 0),
                option(
                    "two-flags",
                    "Two flags open a case",
                    0.5,
                    new Change.SetParameter(
                        new ParameterRef(Parameter.FLAGS_TO_OPEN_CASE, ""), 2)))),
        new DecisionPointSpec(
            "suspension",
            DP3,
            "Speed up suspensions?",
            Lists.immutable.of(
                option(
                    "faster",
                    "Halve suspension delays",
                    1,
                    scale(Parameter.SUSPENSION_DELAY_SCALE, 0.5)),
                option("hold", "Carry on", 0))));
  }

  private static Change scale(Parameter p, double factor) {
    return new Change.ScaleParameter(new ParameterRef(p, ""), factor);
  }

  private static DecisionOptionSpec option(
      String id, String label, double costPerDay, Change... changes) {
    return new DecisionOptionSpec(id, label, label + ".", costPerDay, Lists.immutable.of(changes));
  }

  private static ExerciseSpec exercise() {
    return new ExerciseSpec(
        Lists.immutable.of(
            new ModuleSpec("first-week", "First week", 0, 7 * Ticks.DAY),
            new ModuleSpec("second-week", "Second week", 7 * Ticks.DAY, 14 * Ticks.DAY)),
        Lists.immutable.of(
            new ObjectiveSpec(
                "low-harm", "Keep harm low", "harm-delivered", Comparison.AT_MOST, 1e9, ""),
            new ObjectiveSpec(
                "fast-enforcement",
                "Enforce fast",
                "enforced-within-24h-share",
                Comparison.AT_LEAST,
                0.3,
                "first-week"),
            new ObjectiveSpec(
                "backlog",
                "Keep the backlog small",
                "peak-backlog",
                Comparison.AT_MOST,
                1,
                "second-week")));
  }
}
