package org.precinct.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ShiftSpec;

/**
 * A shift-staffed queue, which no formula gives: two reviewers around the clock and four more from
 * 08:00 to 20:00, Poisson arrivals at 3 an hour, exponential handle times of one hour, a week from
 * an empty start. At 20:00 the capacity drops from six to two without pre-emption (a reviewer
 * finishes the case in hand), so a queue builds every night and drains every day. The per-day mean
 * waits by arrival day, pooled over replications with their 95% intervals as daily.csv reports
 * them, must contain an independent reference: a few-line event-list simulation of the same queue
 * in this test, with its own random numbers and many more replications.
 */
final class ShiftQueueTest {
  private static final double PER_HOUR = 3.0;
  private static final int DAYS = 7;
  private static final int BASE = 2;
  private static final int EXTRA = 4;

  @Test
  void perDayWaitsByArrivalDayMatchAnEventListReference() {
    var spec =
        QueueScenarios.shifted(
                Lists.mutable.of(
                    new ShiftSpec(
                        Sets.immutable.of(DayOfWeek.values()),
                        LocalTime.MIDNIGHT,
                        LocalTime.MIDNIGHT,
                        BASE),
                    new ShiftSpec(
                        Sets.immutable.of(DayOfWeek.values()),
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        EXTRA)),
                PER_HOUR,
                1.0,
                DAYS,
                0)
            .build();
    ScenarioResult result =
        new ScenarioRunner(spec)
            .run(
                RunPlan.defaults(spec)
                    .withInterventions(InterventionSet.none())
                    .withReplications(800)
                    .withSeed(QueueValidation.SEED));
    BandSeries byArrival =
        result.series(SeriesKind.MEAN_WAIT_BY_ARRIVAL, QueueScenarios.QUEUE + ":background");
    double[] reference = reference(20_000, new SplittableRandom(7));
    int outside = 0;
    for (int d = 0; d < DAYS; d++) {
      boolean inside =
          byArrival.ciLow()[d] <= reference[d] && reference[d] <= byArrival.ciHigh()[d];
      outside += inside ? 0 : 1;
      assertThat(byArrival.ciHigh()[d] - byArrival.ciLow()[d])
          .as("day %d interval is tight enough to test", d)
          .isLessThan(0.15 * reference[d]);
    }
    // Seven 95% intervals: a correct model leaves at most one day outside in 96% of seeds.
    assertThat(outside)
        .as(
            "days outside: model %s vs reference %s",
            java.util.Arrays.toString(byArrival.mean()), java.util.Arrays.toString(reference))
        .isLessThanOrEqualTo(1);
    // The nightly drop matters: the same queue with six reviewers all day waits far less.
    assertThat(reference[3]).isGreaterThan(2 * referenceWithoutDrop());
  }

  /** Staff on duty at {@code hours} since the start (midnight, no daylight-saving change). */
  private static int staffed(double hours) {
    double hourOfDay = hours % 24;
    return BASE + (hourOfDay >= 8 && hourOfDay < 20 ? EXTRA : 0);
  }

  /** Pooled mean wait by arrival day over {@code replications} runs of the reference queue. */
  static double[] reference(int replications, SplittableRandom random) {
    double[] sum = new double[DAYS];
    double[] count = new double[DAYS];
    for (int r = 0; r < replications; r++) {
      simulate(random, sum, count, true);
    }
    double[] mean = new double[DAYS];
    for (int d = 0; d < DAYS; d++) {
      mean[d] = sum[d] / count[d];
    }
    return mean;
  }

  private static double referenceWithoutDrop() {
    double[] sum = new double[DAYS];
    double[] count = new double[DAYS];
    SplittableRandom random = new SplittableRandom(11);
    for (int r = 0; r < 2_000; r++) {
      simulate(random, sum, count, false);
    }
    return sum[3] / count[3];
  }

  /**
   * One replication: an event list of arrivals, completions and shift changes; first come, first
   * served; a start whenever a case waits and fewer reviewers are busy than on duty.
   */
  private static void simulate(
      SplittableRandom random, double[] sum, double[] count, boolean shifts) {
    double horizon = DAYS * 24.0;
    PriorityQueue<double[]> events = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    ArrayDeque<Double> waiting = new ArrayDeque<>();
    for (int d = 0; d < DAYS; d++) {
      events.add(new double[] {d * 24 + 8, 2});
      events.add(new double[] {d * 24 + 20, 2});
    }
    events.add(new double[] {exponential(random, 1 / PER_HOUR), 0});
    int busy = 0;
    while (!events.isEmpty()) {
      double[] e = events.poll();
      double now = e[0];
      if (now > horizon) {
        break;
      }
      if (e[1] == 0) {
        waiting.add(now);
        double next = now + exponential(random, 1 / PER_HOUR);
        if (next <= horizon) {
          events.add(new double[] {next, 0});
        }
      } else if (e[1] == 1) {
        busy--;
      }
      int onDuty = shifts ? staffed(now) : BASE + EXTRA;
      while (!waiting.isEmpty() && busy < onDuty) {
        double arrived = waiting.poll();
        int day = (int) (arrived / 24);
        sum[day] += now - arrived;
        count[day]++;
        busy++;
        events.add(new double[] {now + exponential(random, 1.0), 1});
      }
    }
  }

  private static double exponential(SplittableRandom random, double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }
}
