package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.engine.model.Variants.run;
import static org.precinct.engine.model.Variants.set;

import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.RunningStats;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ReachSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Reach: with a 30 h engagement half-life and content removal, enforcing soon after a burst of
 * harmful outputs averts several times the exposure-weighted harm that the same enforcement two
 * days later averts, although both deliver exactly the same outputs.
 */
final class ReachBehaviourTest {
  private static final int REPLICATIONS = 12;

  /**
   * 40 accounts send their outputs in the first two hours; flags take 2 h, review is instant, so
   * every output is delivered before any enforcement, and the suspension delay alone decides when
   * content comes down: 0.5 h (early) or 48.5 h (two days later). Removal at about 2.5 h leaves
   * 2^(-1.5/30) = 0.97 of an output's exposure to avert, at 50.5 h 2^(-49.5/30) = 0.32: a ratio
   * near 3, asserted as "the early lower CI bound exceeds 2.5 times the late upper bound".
   */
  @Test
  void earlyEnforcementAvertsSeveralTimesTheExposureOfEnforcementTwoDaysLater() {
    ScenarioSpec spec = burst(new ReachSpec(30 * Ticks.HOUR, true));
    ImmutableList<ReplicationOutcome> none =
        run(spec, REPLICATIONS, new Change.ToggleDefense(DefenseKind.ENFORCEMENT, "", false));
    ImmutableList<ReplicationOutcome> early =
        run(spec, REPLICATIONS, set(Parameter.SUSPENSION_DELAY_SCALE, "", 0.5));
    ImmutableList<ReplicationOutcome> late =
        run(spec, REPLICATIONS, set(Parameter.SUSPENSION_DELAY_SCALE, "", 48.5));
    assertThat(Variants.mean(early, Metric.HARM_DELIVERED))
        .isEqualTo(Variants.mean(late, Metric.HARM_DELIVERED))
        .isEqualTo(Variants.mean(none, Metric.HARM_DELIVERED))
        .isGreaterThan(100);
    ConfidenceInterval avertedEarly = averted(none, early);
    ConfidenceInterval avertedLate = averted(none, late);
    assertThat(avertedLate.low()).isGreaterThan(0);
    assertThat(avertedEarly.low()).isGreaterThan(2.5 * avertedLate.high());
    assertThat(avertedEarly.mean() / avertedLate.mean()).isBetween(2.5, 3.5);
  }

  /** Without content removal enforcement after the burst averts nothing, whatever its timing. */
  @Test
  void withoutContentRemovalLateEnforcementAvertsNoExposure() {
    ScenarioSpec spec = burst(new ReachSpec(30 * Ticks.HOUR, false));
    ImmutableList<ReplicationOutcome> none =
        run(spec, 4, new Change.ToggleDefense(DefenseKind.ENFORCEMENT, "", false));
    ImmutableList<ReplicationOutcome> early =
        run(spec, 4, set(Parameter.SUSPENSION_DELAY_SCALE, "", 0.5));
    assertThat(Variants.mean(early, Metric.EXPOSURE_WEIGHTED_HARM))
        .isEqualTo(Variants.mean(none, Metric.EXPOSURE_WEIGHTED_HARM));
  }

  /**
   * Immediate exposure makes exposure-weighted harm the severity-weighted harm (flat day weights);
   * with a decay curve and nothing removed, the window's end truncates it: outputs of the first two
   * hours of a 10-day window keep 1 - 2^(-238/30) = 0.996 of theirs, and the daily series sums to
   * the metric.
   */
  @Test
  void exposureAccruesAlongTheDecayCurveAndItsDailySeriesAddsUpToTheMetric() {
    ReplicationOutcome immediate = run(burst(ReachSpec.immediate()), 1).get(0);
    assertThat(immediate.value(Metric.EXPOSURE_WEIGHTED_HARM))
        .isCloseTo(immediate.value(Metric.HARM_SEVERITY_WEIGHTED), within(1e-9));
    ReplicationOutcome decaying =
        run(
                burst(new ReachSpec(30 * Ticks.HOUR, false)),
                1,
                new Change.ToggleDefense(DefenseKind.ENFORCEMENT, "", false))
            .get(0);
    double severity = decaying.value(Metric.HARM_SEVERITY_WEIGHTED);
    double exposure = decaying.value(Metric.EXPOSURE_WEIGHTED_HARM);
    assertThat(exposure / severity).isBetween(0.99, 0.9975);
    double[] daily = decaying.series(SeriesKind.EXPOSURE_WEIGHTED_HARM, "all").values();
    assertThat(Variants.average(daily) * daily.length).isCloseTo(exposure, within(1e-6));
    assertThat(daily[0]).isGreaterThan(daily[1]).isGreaterThan(daily[5]);
    assertThat(daily[0] / severity).isCloseTo(1 - Math.pow(2, -23.0 / 30), within(0.02));
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }

  private static ConfidenceInterval averted(
      ImmutableList<ReplicationOutcome> base, ImmutableList<ReplicationOutcome> variant) {
    RunningStats stats =
        RunningStats.of(Variants.differences(variant, base, Metric.EXPOSURE_WEIGHTED_HARM));
    return ConfidenceInterval.studentT(stats, 0.95);
  }

  /** A 10-day window; 40 accounts sending 30 harmful requests an hour each for two hours. */
  private static ScenarioSpec burst(ReachSpec reach) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 10, 27), LocalDate.of(2024, 11, 6));
    b.channels.add(ScenarioBuilder.channel("consumer-app", ChannelKind.CONSUMER_APP));
    CampaignSpec c =
        b.campaign("burst", PolicyCategory.ELECTION_MISINFORMATION, "consumer-app", 40, 720);
    b.campaigns.add(
        new CampaignSpec(
            c.id(),
            c.label(),
            c.category(),
            c.channelId(),
            0L,
            2 * Ticks.HOUR,
            c.accounts(),
            c.intensity(),
            1.0,
            c.severity(),
            c.networkId(),
            c.adaptation(),
            true));
    b.classifiers.add(ScenarioBuilder.classifier("all", 0.99, 1.0, 2.0));
    b.queues.add(ScenarioBuilder.alwaysOnQueue("review", 1000, new DistributionSpec.Constant(0)));
    b.enforcement =
        new EnforcementSpec(
            0.0,
            new DistributionSpec.Constant(1.0),
            new DistributionSpec.Constant(0.0),
            "review",
            "review");
    return b.build().withReach(reach);
  }
}
