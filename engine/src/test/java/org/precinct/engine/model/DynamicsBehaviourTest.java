package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.spec.AdaptationSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.RedTeamSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The contest's dynamics: classifier recall drifting down since its last update, a red-team cadence
 * that restores it after its lead time (and costs its price), and adaptation that compounds with
 * each enforcement down to a floor.
 */
final class DynamicsBehaviourTest {
  private static final int REPLICATIONS = 6;
  private static final double RECALL = 0.8;

  /**
   * 2,000 accounts at 24 harmful requests a day each, none ever enforced (no enforcement on the
   * channel): the flags of a day are recall x drift factor x the day's requests, so with 10% lost
   * per week the flags per delivered output of week 3 are 0.9^3 of week 0's, up to the hourly steps
   * of the factor (well under 1%).
   */
  @Test
  void recallDriftsDownByItsWeeklyShareSinceTheLastUpdate() {
    double[] perOutput =
        flagsPerOutput(Variants.run(drifting(0.10, RedTeamSpec.none()), REPLICATIONS));
    double week0 = weekMean(perOutput, 0);
    double week3 = weekMean(perOutput, 3);
    double weekAverage = 0.1 / -Math.log(0.9);
    assertThat(week0).isBetween(RECALL * weekAverage * 0.99, RECALL * weekAverage * 1.01);
    assertThat(week3 / week0).isBetween(0.729 * 0.99, 0.729 * 1.01);
  }

  /**
   * A red team every 7 days with a 2-day lead time: findings land on day 9, 16, 23 and restore the
   * recall, so day 9's flags per output are back near day 0's while day 8's have drifted for 8
   * days; five exercises start in the 35 days (days 7, 14, 21, 28, 35 is the end), each costing
   * 1,000.
   */
  @Test
  void aRedTeamCadenceRestoresRecallAfterItsLeadTimeAndCostsItsPrice() {
    ImmutableList<ReplicationOutcome> runs =
        Variants.run(drifting(0.10, new RedTeamSpec(7, 2 * Ticks.DAY, 1_000)), REPLICATIONS);
    double[] perOutput = flagsPerOutput(runs);
    assertThat(perOutput[8] / perOutput[0]).isBetween(0.88 * 0.98, 0.88 * 1.02);
    assertThat(perOutput[9] / perOutput[0]).isBetween(0.99, 1.01);
    assertThat(perOutput[15] / perOutput[9]).isBetween(0.90 * 0.98, 0.92 * 1.02);
    assertThat(Variants.mean(runs, Metric.INTERVENTION_COST)).isEqualTo(4_000);
    ImmutableList<ReplicationOutcome> fortnightly =
        Variants.run(
            drifting(0.10, new RedTeamSpec(7, 2 * Ticks.DAY, 1_000)),
            REPLICATIONS,
            Variants.set(Parameter.CLASSIFIER_RED_TEAM_EVERY, "drifting", 14));
    assertThat(Variants.mean(fortnightly, Metric.INTERVENTION_COST)).isEqualTo(2_000);
    assertThat(flagsPerOutput(fortnightly)[9] / perOutput[9]).isLessThan(0.95);
  }

  /**
   * One network of 300 accounts, re-created at once after suspension, recall 1: each enforcement
   * multiplies the network's recall by 0.5 when adaptation compounds, never below 0.2, so in the
   * last week flags per output sit at the floor; adaptation that does not compound stays at 0.5.
   */
  @Test
  void compoundingAdaptationFallsToItsFloorWhileASingleStepStaysAtThePenalty() {
    double once = lastWeekFlagsPerOutput(new AdaptationSpec(0.5, 0L, "", false, 0.0));
    double compounding = lastWeekFlagsPerOutput(new AdaptationSpec(0.5, 0L, "", true, 0.2));
    assertThat(once).isBetween(0.48, 0.52);
    assertThat(compounding).isBetween(0.19, 0.21);
  }

  private static double lastWeekFlagsPerOutput(AdaptationSpec adaptation) {
    ScenarioBuilder b = TestScenarios.erlang(200, 1.0, 0.001, 300);
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 9, 22), LocalDate.of(2024, 10, 27));
    b.channels.replaceAll(
        ch ->
            new org.precinct.engine.spec.ChannelSpec(
                ch.id(),
                ch.label(),
                ch.kind(),
                ch.defenses().newWith(org.precinct.engine.spec.DefenseKind.ENFORCEMENT),
                ch.partner()));
    CampaignSpec c = b.campaigns.get(0);
    b.campaigns.clear();
    b.campaigns.add(
        new CampaignSpec(
            c.id(),
            c.label(),
            c.category(),
            c.channelId(),
            c.startTicks(),
            c.endTicks(),
            new org.precinct.engine.spec.AccountsSpec(
                300, 0.0, true, new DistributionSpec.Constant(0.0), 1_000_000),
            new org.precinct.engine.spec.IntensitySpec(24, 1.0, 0.0),
            1.0,
            c.severity(),
            "ring",
            adaptation,
            true));
    double[] perOutput = flagsPerOutput(Variants.run(b.build(), 3));
    return weekMean(perOutput, 4);
  }

  /** 35 days, one campaign of 2,000 never-enforced accounts, one drifting classifier. */
  private static ScenarioSpec drifting(double driftPerWeek, RedTeamSpec redTeam) {
    ScenarioBuilder b = TestScenarios.erlang(200, 1.0, 0.001, 2_000);
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 9, 22), LocalDate.of(2024, 10, 27));
    b.campaigns.replaceAll(c -> b.campaign(c.id(), c.category(), c.channelId(), 2_000, 24.0));
    ClassifierSpec base = b.classifiers.get(0);
    b.classifiers.clear();
    b.classifiers.add(
        new ClassifierSpec(
            "drifting",
            true,
            base.categories(),
            0.95,
            RECALL,
            base.latency(),
            driftPerWeek,
            redTeam));
    return b.build();
  }

  /** Per day, flags over harmful outputs delivered, pooled over the replications. */
  private static double[] flagsPerOutput(ImmutableList<ReplicationOutcome> runs) {
    int days = runs.get(0).series(SeriesKind.FLAGS, "all").values().length;
    double[] flags = new double[days];
    double[] outputs = new double[days];
    for (ReplicationOutcome o : runs) {
      double[] f = o.series(SeriesKind.FLAGS, "all").values();
      double[] h = o.series(SeriesKind.HARM_DELIVERED, "all").values();
      for (int d = 0; d < days; d++) {
        flags[d] += f[d];
        outputs[d] += h[d];
      }
    }
    double[] ratio = new double[days];
    for (int d = 0; d < days; d++) {
      ratio[d] = flags[d] / outputs[d];
    }
    return ratio;
  }

  private static double weekMean(double[] perDay, int week) {
    double sum = 0;
    for (int d = 7 * week; d < 7 * week + 7; d++) {
      sum += perDay[d];
    }
    return sum / 7;
  }
}
