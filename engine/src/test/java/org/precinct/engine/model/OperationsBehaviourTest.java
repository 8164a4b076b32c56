package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.engine.model.Variants.run;
import static org.precinct.engine.model.Variants.scale;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.stats.KaplanMeier;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Operations behaviour, paired under common random numbers: a reviewer outage and a partner's
 * referral delay show up where, and only where, they should.
 */
final class OperationsBehaviourTest {
  private static final int REPLICATIONS = 6;
  private static final long OUTAGE_FROM = 3 * Ticks.DAY + 10 * Ticks.HOUR;
  private static final long OUTAGE_TO = OUTAGE_FROM + Ticks.DAY;
  private final ScenarioSpec spec = TestScenarios.small().build();

  /**
   * Removing every reviewer for 24 hours lets cases pile up (about 5 an hour arrive, so the
   * outage's mean backlog exceeds the baseline's by well over 20); three days after it ends the
   * backlog is back to the baseline's within one case on average (both drain to near zero; the
   * tolerance covers the cases of accounts whose histories diverged).
   */
  @Test
  void aReviewerOutageRaisesTheBacklogDuringItAndItDrainsAfterwards() {
    Change outage = new Change.AddStaff("review", OUTAGE_FROM, OUTAGE_TO, -1000);
    ImmutableList<ReplicationOutcome> base = run(spec, REPLICATIONS);
    ImmutableList<ReplicationOutcome> out = run(spec, REPLICATIONS, outage);
    int from = (int) (OUTAGE_FROM / Ticks.HOUR);
    int to = (int) (OUTAGE_TO / Ticks.HOUR);
    double during = meanBacklog(out, from, to) - meanBacklog(base, from, to);
    double after = meanBacklog(out, to + 72, to + 96) - meanBacklog(base, to + 72, to + 96);
    assertThat(during).isGreaterThan(20);
    assertThat(Math.abs(after)).isLessThan(1.0);
    assertThat(out.get(0).windows()).hasSize(1);
  }

  /**
   * The outage's backlog makes reviews late: the share of reviews started within the SLA falls,
   * stays a share, and is below one exactly when some review breached the SLA.
   */
  @Test
  void aReviewerOutageLowersTheShareOfReviewsWithinTheSla() {
    Change outage = new Change.AddStaff("review", OUTAGE_FROM, OUTAGE_TO, -1000);
    ImmutableList<ReplicationOutcome> base = run(spec, REPLICATIONS);
    ImmutableList<ReplicationOutcome> out = run(spec, REPLICATIONS, outage);
    for (ReplicationOutcome o : base.newWithAll(out)) {
      double share = o.value(Metric.SLA_MET_SHARE);
      assertThat(share).isBetween(0.0, 1.0);
      assertThat(share < 1.0).isEqualTo(o.value(Metric.SLA_BREACHES) > 0);
    }
    double before = base.collectDouble(o -> o.value(Metric.SLA_MET_SHARE)).average();
    double after = out.collectDouble(o -> o.value(Metric.SLA_MET_SHARE)).average();
    assertThat(after).isLessThan(before);
  }

  private static double meanBacklog(
      ImmutableList<ReplicationOutcome> outcomes, int fromHour, int toHour) {
    return outcomes
        .collectDouble(
            o -> {
              double[] hourly = o.series(SeriesKind.BACKLOG, "review").values();
              double sum = 0;
              for (int h = fromHour; h < toHour; h++) {
                sum += hourly[h];
              }
              return sum / (toHour - fromHour);
            })
        .average();
  }

  /**
   * Multiplying partner-a's 24-hour action delay by five adds about four days to every enforcement
   * there (the restricted mean rises by more than two days even with censoring at the window's
   * end); the other channels' accounts, whose networks are their own, see their restricted mean
   * change by under 5% (only through appeals' reviewer time shifting).
   */
  @Test
  void aPartnersReferralDelayShowsUpInTimeToEnforcementOnThatChannelOnly() {
    Change slower = scale(Parameter.PARTNER_DELAY_SCALE, "partner-a", 5);
    ImmutableList<ReplicationOutcome> base = run(spec, REPLICATIONS);
    ImmutableList<ReplicationOutcome> slow = run(spec, REPLICATIONS, slower);
    assertThat(restrictedMean(slow, "partner-a"))
        .isGreaterThan(restrictedMean(base, "partner-a") + 48);
    for (String channel : new String[] {"consumer-app", "api", "partner-b"}) {
      assertThat(restrictedMean(slow, channel) / restrictedMean(base, channel))
          .as(channel)
          .isBetween(0.95, 1.05);
    }
  }

  private static double restrictedMean(ImmutableList<ReplicationOutcome> outcomes, String channel) {
    return outcomes
        .collectDouble(
            o -> {
              var samples = o.samples(CurveKind.ENFORCEMENT, channel);
              return KaplanMeier.fit(samples.hours(), samples.reached())
                  .restrictedMean(samples.horizonHours());
            })
        .average();
  }
}
