package org.precinct.engine.experiment.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.CellMode;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioCells;
import org.precinct.engine.model.ScenarioBuilder;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The acceptance test of the selection, on a space whose best feasible candidate is known by
 * construction and leads the runner-up by little more than the indifference zone.
 *
 * <p>Four identical campaigns, each its own network, differ only in reach (3, 2, 1.4 and 1 audience
 * units), which multiplies their exposure-weighted harm and changes no event of the run.
 * Interventions stop-a, stop-b and stop-c (cost 1 each) stop one campaign each; stop-all (cost 3)
 * stops all four and is the unconstrained best, a trap for a procedure that ignores the bound.
 * Under a cost cap of 2, stopping campaign X averts about reach(X) times one campaign's expected
 * harm μ, so the best feasible mix is stop-a + stop-b (5μ of 7.4μ), the runner-up stop-a + stop-c
 * (4.4μ), and the gap 0.6μ. The indifference zone is 5% of the baseline, 0.37μ: the best leads by
 * about 1.5 zones (measured 20.1 ± 3.1 against a zone of 13.0 on 300 replications), near the least
 * favourable case KN's guarantee is built for, so in most seeds the procedure must add replications
 * beyond its first stage. Benign traffic is left out to keep 40 seeds fast.
 */
final class KnownBestTest {

  private static final int SEEDS = 40;
  private static final double INDIFFERENCE = 0.05;
  private static final double COST_CAP = 2.0;
  private static final int FIRST_STAGE = 10;
  private static final String[] CAMPAIGNS = {"a", "b", "c", "d"};
  private static final double[] REACH = {3, 2, 1.4, 1};

  @Test
  void selectsTheKnownBestInAtLeast95PercentOfSeedsAndNeverAnInfeasibleMix() {
    ScenarioSpec scenario = scenario();
    DecisionSpace space = space(scenario);
    long best = knownBest(space);
    int correct = 0;
    int continued = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      Selection s = optimise(scenario, space, seed).selection().orElseThrow();
      assertThat(space.interventionsOn(s.chosen())).doesNotContain("stop-all");
      assertThat(s.chosenCostPerDay()).isLessThanOrEqualTo(COST_CAP);
      assertThat(s.guaranteed()).isTrue();
      correct += s.chosen() == best ? 1 : 0;
      continued += s.replications() > FIRST_STAGE ? 1 : 0;
    }
    System.out.println(
        "known best selected in "
            + correct
            + " of "
            + SEEDS
            + " seeds; KN went beyond its first stage in "
            + continued);
    assertThat(correct).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * SEEDS));
    assertThat(continued)
        .as("the gap is close enough to the zone to need replications")
        .isPositive();
  }

  /**
   * The construction holds: on 200 common-random-number replications every other feasible mix is
   * worse than the known best by more than the indifference zone (the lower 95% bound of the paired
   * difference against 10% of the baseline's mean).
   */
  @Test
  void theKnownBestLeadsEveryOtherFeasibleMixByMoreThanTheZone() {
    ScenarioSpec scenario = scenario();
    DecisionSpace space = space(scenario);
    long best = knownBest(space);
    RunPlan plan = RunPlan.defaults(scenario).withSeed(99).withThreads(2);
    ScenarioCells cells = new ScenarioCells(scenario, plan, space::variant, ProgressListener.NONE);
    int n = 300;
    double[] baseline =
        cells.metric(Metric.EXPOSURE_WEIGHTED_HARM).evaluateReplications(DecisionSpace.BASELINE, n);
    double zone = INDIFFERENCE * Estimate.of(baseline).mean();
    double[] chosen = cells.metric(Metric.EXPOSURE_WEIGHTED_HARM).evaluateReplications(best, n);
    for (long key = 0; key < space.size(); key++) {
      if (key == best || space.costPerDay(key) > COST_CAP) {
        continue;
      }
      double[] other = cells.metric(Metric.EXPOSURE_WEIGHTED_HARM).evaluateReplications(key, n);
      double[] gap = new double[n];
      for (int j = 0; j < n; j++) {
        gap[j] = other[j] - chosen[j];
      }
      System.out.println(space.label(key) + " trails by " + Estimate.of(gap) + "; zone " + zone);
      assertThat(Estimate.of(gap).ciLow()).as(space.label(key)).isGreaterThan(zone);
    }
  }

  static OptimisationSummary optimise(ScenarioSpec scenario, DecisionSpace space, long seed) {
    RunPlan plan = RunPlan.defaults(scenario).withSeed(seed).withThreads(2);
    Optional<OptimisationSummary> summary =
        ScenarioOptimisation.run(
            scenario, plan, space, request(), ProgressListener.NONE, CellMode.ALL);
    return summary.orElseThrow();
  }

  static OptimiseRequest request() {
    return new OptimiseRequest(
        Metric.EXPOSURE_WEIGHTED_HARM,
        Metric.WRONGFUL_ENFORCEMENTS,
        Lists.immutable.empty(),
        COST_CAP,
        INDIFFERENCE,
        true,
        0.95,
        5_000,
        new SearchSettings(FIRST_STAGE, 4096, 16, 0.6, 8));
  }

  static DecisionSpace space(ScenarioSpec scenario) {
    ImmutableList<DecisionVariable> variables =
        Lists.immutable.of(
            DecisionVariable.toggle("stop-a"),
            DecisionVariable.toggle("stop-b"),
            DecisionVariable.toggle("stop-c"),
            DecisionVariable.toggle("stop-all"));
    return new DecisionSpace(scenario, variables);
  }

  /** Stop-a and stop-b on, the rest off. */
  static long knownBest(DecisionSpace space) {
    return space.key(new int[] {1, 1, 0, 0});
  }

  static ScenarioSpec scenario() {
    ScenarioBuilder b = TestScenarios.small();
    b.benign.clear();
    b.campaigns.clear();
    for (int i = 0; i < CAMPAIGNS.length; i++) {
      CampaignSpec t =
          b.campaign(
              "campaign-" + CAMPAIGNS[i],
              PolicyCategory.ELECTION_MISINFORMATION,
              "consumer-app",
              10,
              8);
      b.campaigns.add(
          new CampaignSpec(
              t.id(),
              t.label(),
              t.category(),
              t.channelId(),
              t.startTicks(),
              t.endTicks(),
              t.accounts(),
              t.intensity(),
              t.harmfulShare(),
              t.severity(),
              "",
              t.adaptation(),
              true,
              "",
              1.0,
              REACH[i]));
    }
    for (int i = 0; i < 3; i++) {
      b.interventions.add(
          intervention(
              "stop-" + CAMPAIGNS[i],
              1.0,
              Lists.immutable.of(new Change.StopCampaign("campaign-" + CAMPAIGNS[i]))));
    }
    b.interventions.add(
        intervention(
            "stop-all",
            3.0,
            Lists.immutable.of(CAMPAIGNS).collect(c -> new Change.StopCampaign("campaign-" + c))));
    return b.build();
  }

  private static InterventionSpec intervention(
      String id, double costPerDay, ImmutableList<? extends Change> changes) {
    return new InterventionSpec(
        id, id, "Stops campaigns from the start", false, costPerDay, changes.collect(c -> c));
  }
}
