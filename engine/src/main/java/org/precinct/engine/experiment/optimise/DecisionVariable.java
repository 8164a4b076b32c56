package org.precinct.engine.experiment.optimise;

import java.util.Locale;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;
import org.precinct.engine.spec.ShiftSpec;

/**
 * One decision of an optimisation and the levels it can take: an intervention on or off, the
 * headcount of one shift or of a surge window, or a parameter over a grid of values.
 *
 * @param id a short id for tables, e.g. "prompt-modifications" or "trust-safety#1"
 * @param kind what sort of decision it is, for reports: intervention, staffing, surge or parameter
 * @param levels the values it can take, at least two
 */
public record DecisionVariable(String id, String kind, ImmutableList<DecisionLevel> levels) {

  /** Checks that there is something to decide. */
  public DecisionVariable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (levels.size() < 2) {
      throw new IllegalArgumentException("decision '" + id + "' needs at least two levels");
    }
  }

  /** Switching intervention {@code id} off (level 0) or on (level 1). */
  public static DecisionVariable toggle(String id) {
    ImmutableList<String> none = Lists.immutable.empty();
    ImmutableList<ScheduledChange> nothing = Lists.immutable.empty();
    return new DecisionVariable(
        id,
        "intervention",
        Lists.immutable.of(
            new DecisionLevel("off", 0, none, Lists.immutable.of(id), nothing),
            new DecisionLevel("on", 1, Lists.immutable.of(id), none, nothing)));
  }

  /**
   * The headcount of shift {@code shift} (0-based, in the order the scenario lists them) of queue
   * {@code queueId}, every integer from {@code low} to {@code high}.
   */
  public static DecisionVariable shiftStaff(
      ScenarioSpec scenario, String queueId, int shift, int low, int high) {
    QueueSpec queue = queue(scenario, queueId);
    if (shift < 0 || shift >= queue.shifts().size()) {
      throw new IllegalArgumentException(
          "queue '" + queueId + "' has " + queue.shifts().size() + " shifts, not " + (shift + 1));
    }
    checkRange(low, high);
    ShiftSpec spec = queue.shifts().get(shift);
    MutableList<DecisionLevel> levels = Lists.mutable.empty();
    for (int staff = low; staff <= high; staff++) {
      levels.add(
          changes(
              staff + " staff",
              staff,
              ShiftWindows.delta(scenario.timeline(), queueId, spec, staff - spec.staff())));
    }
    return new DecisionVariable(queueId + "#" + (shift + 1), "staffing", levels.toImmutable());
  }

  /**
   * Extra reviewers on queue {@code queueId} from {@code fromTicks} to {@code toTicks}, every
   * integer from {@code low} to {@code high} (0 adds nothing).
   */
  public static DecisionVariable surge(
      ScenarioSpec scenario, String queueId, long fromTicks, long toTicks, int low, int high) {
    queue(scenario, queueId);
    checkRange(low, high);
    MutableList<DecisionLevel> levels = Lists.mutable.empty();
    for (int staff = low; staff <= high; staff++) {
      ImmutableList<ScheduledChange> changes =
          staff == 0
              ? Lists.immutable.empty()
              : Lists.immutable.of(
                  ScheduledChange.atStart(new Change.AddStaff(queueId, fromTicks, toTicks, staff)));
      levels.add(changes("+" + staff + " staff", staff, changes));
    }
    return new DecisionVariable(queueId + "-surge", "surge", levels.toImmutable());
  }

  /** Parameter {@code ref} (written {@code path}) set from the start to each of {@code values}. */
  public static DecisionVariable parameter(String path, ParameterRef ref, double[] values) {
    MutableList<DecisionLevel> levels = Lists.mutable.empty();
    for (double value : values) {
      levels.add(
          changes(
              String.format(Locale.ROOT, "%s", trim(value)),
              value,
              Lists.immutable.of(ScheduledChange.atStart(new Change.SetParameter(ref, value)))));
    }
    return new DecisionVariable(path, "parameter", levels.toImmutable());
  }

  private static DecisionLevel changes(
      String label, double value, ImmutableList<ScheduledChange> changes) {
    return new DecisionLevel(
        label, value, Lists.immutable.empty(), Lists.immutable.empty(), changes);
  }

  private static QueueSpec queue(ScenarioSpec scenario, String queueId) {
    QueueSpec queue = scenario.queues().detect(q -> q.id().equals(queueId));
    if (queue == null) {
      throw new IllegalArgumentException("the scenario has no queue '" + queueId + "'");
    }
    return queue;
  }

  private static void checkRange(int low, int high) {
    if (low < 0 || high <= low) {
      throw new IllegalArgumentException(
          "a staffing range needs 0 <= low < high, got " + low + ".." + high);
    }
  }

  private static String trim(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
