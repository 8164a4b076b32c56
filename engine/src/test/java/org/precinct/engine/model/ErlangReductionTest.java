package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ErlangC;
import org.precinct.engine.result.stats.RunningStats;
import org.precinct.engine.spec.InterventionSet;

/**
 * Model validation: reduced to an M/M/c review queue (one campaign, a perfect classifier, no
 * refusal, c always-on reviewers, exponential handle times, one case per request), the whole model
 * must reproduce Erlang C's mean wait in queue (Erlang 1917; Kleinrock 1975, eq. 3.40).
 *
 * <p>Design: c = 4 reviewers, 3 cases per hour, 1 hour mean handle time (rho = 0.75); 40 days per
 * replication (about 2,900 cases); warm-up deletion of the first calendar day (the queue starts
 * empty; its relaxation time is well under a day at this load); the statistic per replication is
 * the mean wait of the reviews started after it; 24 replications give a Student-t interval.
 * Requests are spread over 5,000 accounts so that an account rarely sends while its own case is
 * open (which would drop that case): about 3/5000 per hour x 1.5 hours in the system, 0.1% of the
 * arrivals, which moves Erlang C's wait by under 0.5%, far inside the interval; the same interval
 * must exclude the wait of handle times 5% longer (about 30% more waiting at this load), so the
 * check has power.
 */
final class ErlangReductionTest {
  private static final int SERVERS = 4;
  private static final double PER_HOUR = 3.0;
  private static final double HANDLE_HOURS = 1.0;

  @Test
  void meanWaitMatchesErlangCWithinTheReplicationConfidenceInterval() {
    var spec = TestScenarios.erlang(SERVERS, PER_HOUR, HANDLE_HOURS, 5_000).build();
    RunningStats waits = new RunningStats();
    RunningStats utilization = new RunningStats();
    RunPlan plan =
        RunPlan.defaults(spec)
            .withInterventions(InterventionSet.none())
            .withReplications(24)
            .withSeed(2024);
    new ScenarioRunner(spec)
        .run(
            plan,
            (done, total) -> {},
            outcome -> {
              waits.add(steadyStateWait(outcome));
              utilization.add(outcome.value(Metric.UTILIZATION));
            });
    ErlangC queue = new ErlangC(SERVERS, PER_HOUR, 1.0 / HANDLE_HOURS);
    ConfidenceInterval ci = ConfidenceInterval.studentT(waits, 0.95);
    assertThat(ci.relativeHalfWidth(queue.meanWaitInQueue())).isLessThan(0.08);
    ErlangC fivePercentSlower = new ErlangC(SERVERS, PER_HOUR, 1.0 / (1.05 * HANDLE_HOURS));
    assertThat(ci.contains(fivePercentSlower.meanWaitInQueue()))
        .as(
            "the same check rejects handle times 5%% longer (Erlang C %.4f h)",
            fivePercentSlower.meanWaitInQueue())
        .isFalse();
    assertThat(ci.contains(queue.meanWaitInQueue()))
        .as("Erlang C %.4f h within %s", queue.meanWaitInQueue(), ci)
        .isTrue();
    assertThat(ConfidenceInterval.studentT(utilization, 0.95).mean())
        .isCloseTo(queue.utilization(), org.assertj.core.data.Offset.offset(0.01));
  }

  /** Mean wait of the reviews started after the first calendar day (warm-up deletion). */
  private static double steadyStateWait(ReplicationOutcome outcome) {
    double[] mean = outcome.series(SeriesKind.MEAN_WAIT, "all").values();
    double[] count = outcome.series(SeriesKind.REVIEWS_STARTED, "all").values();
    double waited = 0;
    double cases = 0;
    for (int d = 1; d < mean.length; d++) {
      waited += mean[d] * count[d];
      cases += count[d];
    }
    return waited / cases;
  }
}
