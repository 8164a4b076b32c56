package org.precinct.engine.validation;

import org.precinct.engine.model.ScenarioBuilder;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ErlangC;
import org.precinct.engine.result.stats.RunningStats;

/**
 * The bias harness: runs a queue through the scenario model for many replications and reads the
 * mean wait of each replication back from its breakdown tables, as summary.json reports it, so the
 * tests compare it with queueing theory. Each replication's mean over its post-warm-up cases is one
 * independent observation; the Student-t 95% interval over replications is the test.
 */
final class QueueValidation {
  static final long SEED = 20261206L;
  static final String QUEUES = "review-queues";
  static final String CAMPAIGNS = "waits-by-campaign";

  private QueueValidation() {}

  /** An M/M/c configuration: servers, load, days per replication, warm-up days, replications. */
  record Mmc(int servers, double rho, int days, int warmUpDays, int replications) {
    double perHour() {
      return rho * servers;
    }

    ErlangC theory() {
      return new ErlangC(servers, perHour(), 1.0);
    }

    @Override
    public String toString() {
      return "M/M/" + servers + " rho=" + rho + " (" + replications + " x " + days + " days)";
    }
  }

  /** The interval of the mean background wait of a plain M/M/c queue through the model. */
  static Estimate plainQueue(Mmc q) {
    var spec = QueueScenarios.plain(q.servers(), q.perHour(), 1.0, q.days(), q.warmUpDays());
    RunningStats waits = new RunningStats();
    RunningStats utilisation = new RunningStats();
    QueueScenarios.run(
        spec.build(),
        q.replications(),
        SEED,
        o -> {
          waits.add(
              QueueScenarios.group(o, QUEUES, QueueScenarios.QUEUE, "background-mean-wait-hours"));
          utilisation.add(QueueScenarios.group(o, QUEUES, QueueScenarios.QUEUE, "utilisation"));
        });
    return new Estimate(
        ConfidenceInterval.studentT(waits, 0.95), ConfidenceInterval.studentT(utilisation, 0.95));
  }

  /** The interval of the mean election-work wait of a campaign of {@code accounts} accounts. */
  static ConfidenceInterval campaignQueue(Mmc q, int accounts) {
    ScenarioBuilder b =
        org.precinct.engine.model.TestScenarios.erlang(q.servers(), q.perHour(), 1.0, accounts);
    b.timeline =
        ScenarioBuilder.timeline(QueueScenarios.START, QueueScenarios.START.plusDays(q.days()))
            .withWarmUpTicks(q.warmUpDays() * org.precinct.engine.kernel.Ticks.DAY);
    b.campaigns.replaceAll(
        s ->
            b.campaign(s.id(), s.category(), s.channelId(), accounts, q.perHour() * 24 / accounts));
    RunningStats waits = new RunningStats();
    QueueScenarios.run(
        b.build(), q.replications(), SEED, o -> waits.add(o.value(Metric.MEAN_WAIT_HOURS)));
    return ConfidenceInterval.studentT(waits, 0.95);
  }

  /** The intervals of each class's mean wait in a non-preemptive priority queue. */
  static ConfidenceInterval[] priorityQueue(
      int servers, double[] perHour, int days, int warmUpDays, int replications) {
    double[] severities = {5, 3, 1};
    var spec =
        QueueScenarios.priorityClasses(servers, perHour, severities, 1.0, days, warmUpDays).build();
    RunningStats[] waits = new RunningStats[perHour.length];
    for (int k = 0; k < waits.length; k++) {
      waits[k] = new RunningStats();
    }
    QueueScenarios.run(
        spec,
        replications,
        SEED,
        o -> {
          for (int k = 0; k < waits.length; k++) {
            waits[k].add(QueueScenarios.group(o, CAMPAIGNS, "class-" + k, "mean-wait-hours"));
          }
        });
    ConfidenceInterval[] out = new ConfidenceInterval[waits.length];
    for (int k = 0; k < waits.length; k++) {
      out[k] = ConfidenceInterval.studentT(waits[k], 0.95);
    }
    return out;
  }

  /**
   * The smallest relative bias the interval detects with 80% power at the 5% level: (z_0.975 +
   * z_0.8) standard errors, relative to {@code reference}.
   */
  static double detectableBias(ConfidenceInterval ci, double reference) {
    double standardError =
        ci.halfWidth()
            / org.precinct.engine.result.stats.ConfidenceInterval.tQuantile(ci.n(), 0.95);
    return (1.959964 + 0.841621) * standardError / reference;
  }

  /** A wait interval with the utilisation interval of the same replications. */
  record Estimate(ConfidenceInterval waits, ConfidenceInterval utilisation) {}
}
