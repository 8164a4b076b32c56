package org.precinct.engine.spec;

/**
 * A change with the simulation time at which it takes effect; how a run receives edits from outside
 * the scenario (sweep points, tabletop choices) next to its own injects.
 *
 * <p>A change chosen at a state-triggered decision point carries that decision's id and trigger
 * instead: it takes effect in each replication when the trigger fires there (not before {@code
 * atTicks}); the changes of one decision share its id and fire together.
 *
 * @param triggerId the state-triggered decision it belongs to, empty for a timed change
 * @param trigger the decision's trigger, {@link TriggerSpec#NONE} for a timed change
 */
public record ScheduledChange(long atTicks, Change change, String triggerId, TriggerSpec trigger) {
  public ScheduledChange {
    Require.nonNegative(atTicks, "atTicks");
    Require.nonNull(change, "change");
    triggerId = triggerId == null ? "" : triggerId;
    trigger = trigger == null ? TriggerSpec.NONE : trigger;
    if (trigger.isTriggered() == triggerId.isEmpty()) {
      throw new IllegalArgumentException("a triggered change needs the id of its trigger");
    }
  }

  /** A change at a fixed time. */
  public ScheduledChange(long atTicks, Change change) {
    this(atTicks, change, "", TriggerSpec.NONE);
  }

  /** A change in force from the start of the run. */
  public static ScheduledChange atStart(Change change) {
    return new ScheduledChange(0L, change);
  }

  /** Whether it takes effect when a state trigger fires rather than at {@link #atTicks}. */
  public boolean isTriggered() {
    return trigger.isTriggered();
  }
}
