package org.precinct.engine.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.model.ScenarioBuilder;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ShiftSpec;

/**
 * Queues built through the scenario model for validation: a plain M/M/c queue fed by a queue's
 * background work alone (Poisson arrivals straight into the queue, no campaign), and the helpers
 * that run them and read the breakdown tables back, as a user reads summary.json.
 */
final class QueueScenarios {
  static final String QUEUE = "review";
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  private QueueScenarios() {}

  /**
   * A queue of {@code servers} always-on reviewers with exponential handle times of mean {@code
   * handleHours} and Poisson background work at {@code perHour}, over {@code days} days with the
   * first {@code warmUpDays} deleted.
   */
  static ScenarioBuilder plain(
      int servers, double perHour, double handleHours, int days, int warmUpDays) {
    return shifted(
        Lists.mutable.of(
            new ShiftSpec(
                Sets.immutable.of(DayOfWeek.values()),
                LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT,
                servers)),
        perHour,
        handleHours,
        days,
        warmUpDays);
  }

  /** The same queue with {@code shifts} instead of always-on staff. */
  static ScenarioBuilder shifted(
      MutableList<ShiftSpec> shifts, double perHour, double handleHours, int days, int warmUpDays) {
    ScenarioBuilder b = TestScenarios.erlang(1, 1.0, 1.0, 1);
    b.timeline =
        ScenarioBuilder.timeline(START, START.plusDays(days))
            .withWarmUpTicks(warmUpDays * Ticks.DAY);
    b.campaigns.clear();
    QueueSpec queue =
        ScenarioBuilder.queue(QUEUE, shifts, new DistributionSpec.Exponential(handleHours));
    b.queues.clear();
    b.queues.add(withBackground(queue, perHour));
    return b;
  }

  /**
   * A priority queue fed through the whole request path: one campaign per class with severity
   * {@code severities[k]} (the queue serves higher severity first, non-preemptively) whose accounts
   * are born as a Poisson process at {@code perHour[k]}, send requests at a high rate, and are
   * suspended as soon as their first case is confirmed (a perfect classifier and reviewers, no
   * suspension delay), so each account opens exactly one case: the cases of a class arrive as a
   * Poisson process (births delayed by independent exponential gaps).
   */
  static ScenarioBuilder priorityClasses(
      int servers,
      double[] perHour,
      double[] severities,
      double handleHours,
      int days,
      int warmUpDays) {
    ScenarioBuilder b = plain(servers, 0.0, handleHours, days, warmUpDays);
    b.channels.replaceAll(
        ch ->
            new org.precinct.engine.spec.ChannelSpec(
                ch.id(),
                ch.label(),
                ch.kind(),
                ch.defenses().newWith(org.precinct.engine.spec.DefenseKind.ENFORCEMENT),
                ch.partner()));
    b.queues.replaceAll(q -> priorityBySeverity(withBackground(q, 0.0)));
    for (int k = 0; k < perHour.length; k++) {
      var base =
          b.campaign(
              "class-" + k,
              org.precinct.engine.spec.PolicyCategory.ELECTION_MISINFORMATION,
              b.channels.get(0).id(),
              0,
              REQUESTS_PER_ACCOUNT_PER_DAY);
      b.campaigns.add(
          new org.precinct.engine.spec.CampaignSpec(
              base.id(),
              base.label(),
              base.category(),
              base.channelId(),
              base.startTicks(),
              base.endTicks(),
              new org.precinct.engine.spec.AccountsSpec(
                  0, perHour[k] * 24, false, new DistributionSpec.Constant(1.0), 0),
              base.intensity(),
              1.0,
              severities[k],
              "",
              base.adaptation(),
              true));
    }
    return b;
  }

  /** Each account's request rate: its first request, the case, follows its birth within minutes. */
  static final double REQUESTS_PER_ACCOUNT_PER_DAY = 24 * 12;

  static QueueSpec priorityBySeverity(QueueSpec q) {
    return new QueueSpec(
        q.id(),
        q.label(),
        q.shifts(),
        q.handleTime(),
        q.accuracy(),
        q.benignClearRate(),
        q.escalationShare(),
        q.escalationQueueId(),
        q.slaTicks(),
        q.backgroundPerHour(),
        q.initialBacklog(),
        true,
        q.appealShare(),
        q.appealHandleTime());
  }

  static QueueSpec withBackground(QueueSpec q, double perHour) {
    return new QueueSpec(
        q.id(),
        q.label(),
        q.shifts(),
        q.handleTime(),
        q.accuracy(),
        q.benignClearRate(),
        q.escalationShare(),
        q.escalationQueueId(),
        q.slaTicks(),
        perHour,
        q.initialBacklog(),
        q.priorityBySeverity(),
        q.appealShare(),
        q.appealHandleTime());
  }

  /** Runs {@code replications} replications and hands each outcome to {@code sink}. */
  static void run(
      ScenarioSpec spec,
      int replications,
      long seed,
      java.util.function.Consumer<ReplicationOutcome> sink) {
    RunPlan plan =
        RunPlan.defaults(spec)
            .withInterventions(InterventionSet.none())
            .withReplications(replications)
            .withSeed(seed);
    new ScenarioRunner(spec).run(plan, (done, total) -> {}, sink::accept);
  }

  /** One replication's value of a breakdown measure; NaN when absent. */
  static double group(ReplicationOutcome o, String table, String group, String measure) {
    for (GroupValue v : o.groups()) {
      if (v.table().equals(table) && v.group().equals(group) && v.measure().equals(measure)) {
        return v.value();
      }
    }
    return Double.NaN;
  }
}
