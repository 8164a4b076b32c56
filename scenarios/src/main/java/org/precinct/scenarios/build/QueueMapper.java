package org.precinct.scenarios.build;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.scenarios.format.EnforcementYaml;
import org.precinct.scenarios.format.QueueYaml;
import org.precinct.scenarios.format.Weekday;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps review queues and enforcement: shifts that make sense (days named once, staff not negative,
 * somebody on duty at some point), escalation to another existing queue, and enforcement queues
 * that exist.
 */
final class QueueMapper {

  /** Benign-clear rate when the file does not say. */
  static final double DEFAULT_BENIGN_CLEAR_RATE = 0.98;

  private final Checks checks;
  private final DistributionMapper distributions;
  private final ScenarioIds ids;

  QueueMapper(Checks checks, DistributionMapper distributions, ScenarioIds ids) {
    this.checks = checks;
    this.distributions = distributions;
    this.ids = ids;
  }

  ImmutableList<QueueSpec> queues(List<QueueYaml> queues) {
    return Lists.immutable.withAll(Indexed.map(queues, "queues", this::queue));
  }

  private QueueSpec queue(QueueYaml q, String path) {
    int mark = checks.mark();
    List<ShiftSpec> shifts = shifts(q, path);
    DistributionSpec handle =
        distributions.hours(q.handleTime(), YamlPaths.key(path, "handle-time"));
    double accuracy = checks.fraction(q.accuracy(), YamlPaths.key(path, "accuracy"), 1);
    double clear =
        checks.fraction(
            q.benignClearRate(),
            YamlPaths.key(path, "benign-clear-rate"),
            DEFAULT_BENIGN_CLEAR_RATE);
    double escalation =
        checks.fraction(q.escalationShare(), YamlPaths.key(path, "escalation-share"), 0);
    escalation(q, path, escalation);
    double appeal = checks.fraction(q.appealShare(), YamlPaths.key(path, "appeal-share"), 0);
    DistributionSpec appealTime = appealTime(q, path, appeal, handle);
    int backlog = checks.count(q.initialBacklog(), YamlPaths.key(path, "initial-backlog"), 0, 0);
    double background = q.background() == null ? 0 : q.background().perHour();
    boolean priority = q.priorityBySeverity() == null || q.priorityBySeverity();
    return checks.build(
        path,
        mark,
        () ->
            new QueueSpec(
                q.id(),
                ChannelMapper.label(q.label(), q.id()),
                Lists.immutable.withAll(shifts),
                handle,
                accuracy,
                clear,
                escalation,
                q.escalateTo(),
                q.sla().millis(),
                background,
                backlog,
                priority,
                appeal,
                appealTime));
  }

  private List<ShiftSpec> shifts(QueueYaml q, String path) {
    List<ShiftSpec> shifts = Indexed.map(q.shifts(), YamlPaths.key(path, "shifts"), this::shift);
    if (shifts.size() == q.shifts().size() && shifts.stream().allMatch(s -> s.staff() == 0)) {
      checks.report(
          YamlPaths.key(path, "shifts"),
          "nobody ever works this queue",
          "at least one shift with staff above 0");
    }
    return shifts;
  }

  private void escalation(QueueYaml q, String path, double share) {
    String at = YamlPaths.key(path, "escalate-to");
    checks.reference(q.escalateTo(), ids.queues(), "queue", at);
    if (q.escalateTo() != null && q.escalateTo().equals(q.id())) {
      checks.report(at, "a queue cannot escalate to itself", "the id of another queue");
    }
    if (share > 0 && q.escalateTo() == null) {
      checks.report(
          YamlPaths.key(path, "escalation-share"),
          "escalated cases need a queue to go to",
          "an escalate-to queue id, or escalation-share 0");
    }
  }

  private DistributionSpec appealTime(
      QueueYaml q, String path, double appeal, DistributionSpec handle) {
    if (q.appealHandleTime() != null) {
      return distributions.hours(q.appealHandleTime(), YamlPaths.key(path, "appeal-handle-time"));
    }
    if (appeal > 0) {
      checks.report(
          YamlPaths.key(path, "appeal-handle-time"),
          "appeals need a handle time",
          "a duration distribution");
    }
    return handle;
  }

  private ShiftSpec shift(QueueYaml.ShiftYaml s, String path) {
    int mark = checks.mark();
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    List<Weekday> listed = s.days() == null ? List.of(Weekday.values()) : s.days();
    for (int i = 0; i < listed.size(); i++) {
      if (!days.add(listed.get(i).day())) {
        checks.report(
            YamlPaths.index(YamlPaths.key(path, "days"), i), "day listed twice", "each day once");
      }
    }
    if (days.isEmpty()) {
      checks.report(
          YamlPaths.key(path, "days"),
          "a shift needs at least one day",
          "days such as [mon, tue, wed, thu, fri]");
    }
    int staff = checks.count(s.staff(), YamlPaths.key(path, "staff"), 0, 0);
    return checks.build(
        path,
        mark,
        () -> new ShiftSpec(Sets.immutable.withAll(days), s.from().time(), s.to().time(), staff));
  }

  EnforcementSpec enforcement(EnforcementYaml e) {
    String path = "enforcement";
    int mark = checks.mark();
    double warn =
        checks.range(
            e.warnBelowSeverity(),
            YamlPaths.key(path, "warn-below-severity"),
            1,
            5,
            1,
            "a severity from 1 to 5");
    DistributionSpec suspension =
        distributions.hours(e.suspensionDelay(), YamlPaths.key(path, "suspension-delay"));
    DistributionSpec takedown =
        distributions.hours(e.takedownDelay(), YamlPaths.key(path, "takedown-delay"));
    checks.reference(e.reviewQueue(), ids.queues(), "queue", YamlPaths.key(path, "review-queue"));
    checks.reference(e.networkQueue(), ids.queues(), "queue", YamlPaths.key(path, "network-queue"));
    String network = e.networkQueue() == null ? e.reviewQueue() : e.networkQueue();
    return checks.build(
        path,
        mark,
        () -> new EnforcementSpec(warn, suspension, takedown, e.reviewQueue(), network));
  }
}
