package org.precinct.engine.spec;

import java.util.Locale;

/**
 * One test on the live state of a replication, read at every simulated hour boundary: the parts a
 * {@link TriggerSpec} combines with "and". Each reads counters the model keeps anyway, so a check
 * draws no random number and changes nothing.
 */
public sealed interface TriggerCondition {

  /** The condition in words, as the MSEL and the controller's notes show it. */
  String describe();

  /** More than {@code above} cases wait in the queue (in service ones excluded). */
  record Backlog(String queueId, int above) implements TriggerCondition {
    public Backlog {
      Require.id(queueId, "backlog queue");
      Require.nonNegative(above, "backlog above");
    }

    @Override
    public String describe() {
      return "backlog of " + queueId + " > " + above;
    }
  }

  /** At least this share of the accounts the campaign has created so far has been enforced. */
  record EnforcedShare(String campaignId, double atLeast) implements TriggerCondition {
    public EnforcedShare {
      Require.id(campaignId, "enforced-share campaign");
      Require.probability(atLeast, "enforced-share at-least");
    }

    @Override
    public String describe() {
      return "share of " + campaignId + "'s accounts enforced >= " + number(atLeast);
    }
  }

  /** At least this many coordinated networks have been taken down. */
  record Takedowns(int atLeast) implements TriggerCondition {
    public Takedowns {
      Require.nonNegative(atLeast, "takedowns at-least");
    }

    @Override
    public String describe() {
      return "network takedowns >= " + atLeast;
    }
  }

  /** Severity-weighted harm delivered so far (from the end of the warm-up) is at least this. */
  record Harm(double atLeast) implements TriggerCondition {
    public Harm {
      Require.nonNegative(atLeast, "harm at-least");
    }

    @Override
    public String describe() {
      return "harm so far >= " + number(atLeast);
    }
  }

  /**
   * At least {@code byTicks} have passed since a milestone.
   *
   * @param milestoneAtTicks the milestone's time, resolved when the scenario is read
   */
  record AfterMilestone(String milestoneId, long milestoneAtTicks, long byTicks)
      implements TriggerCondition {
    public AfterMilestone {
      Require.id(milestoneId, "after-milestone milestone");
      Require.nonNegative(byTicks, "after-milestone by");
    }

    /** The first instant at which the condition holds. */
    public long fromTicks() {
      return milestoneAtTicks + byTicks;
    }

    @Override
    public String describe() {
      return duration(byTicks) + " after " + milestoneId;
    }
  }

  /** A number without a needless ".0". */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** A duration in its largest whole unit of days, hours or minutes, such as "2d" or "90m". */
  static String duration(long ticks) {
    long minute = 60_000L;
    long hour = 60 * minute;
    long day = 24 * hour;
    if (ticks % day == 0) {
      return ticks / day + "d";
    }
    if (ticks % hour == 0) {
      return ticks / hour + "h";
    }
    if (ticks % minute == 0) {
      return ticks / minute + "m";
    }
    return String.format(Locale.ROOT, "%ss", ticks / 1000.0);
  }
}
