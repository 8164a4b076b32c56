package org.precinct.engine.spec;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * When an inject or a decision point happens on the live state instead of at a fixed time: all
 * conditions hold at an hour boundary, not before the event's own time; once, or every time they
 * hold again after a cooldown since the last firing.
 *
 * @param conditions all must hold; empty for a fixed-time event ({@link #NONE})
 * @param every fire again (after the cooldown) rather than once
 * @param cooldownTicks the least time between two firings of an {@code every} trigger
 */
public record TriggerSpec(
    ImmutableList<TriggerCondition> conditions, boolean every, long cooldownTicks) {

  /** No trigger: the event happens at its time. */
  public static final TriggerSpec NONE = new TriggerSpec(Lists.immutable.empty(), false, 0L);

  public TriggerSpec {
    Require.nonNull(conditions, "trigger conditions");
    Require.nonNegative(cooldownTicks, "trigger cooldown");
    if (!every && cooldownTicks > 0) {
      throw new IllegalArgumentException("a cooldown needs 'every'");
    }
  }

  /** A trigger that fires once, the first time all conditions hold. */
  public static TriggerSpec once(ImmutableList<TriggerCondition> conditions) {
    return new TriggerSpec(conditions, false, 0L);
  }

  /** Whether the event is state-triggered (has conditions). */
  public boolean isTriggered() {
    return !conditions.isEmpty();
  }

  /**
   * The trigger in words, e.g. "when backlog of trust-safety > 200, once" or "when harm so far >=
   * 50 and network takedowns >= 2, every 1d".
   */
  public String describe() {
    return "when "
        + conditions.collect(TriggerCondition::describe).makeString(" and ")
        + (!every
            ? ", once"
            : cooldownTicks == 0
                ? ", every hour"
                : ", every " + TriggerCondition.duration(cooldownTicks));
  }
}
