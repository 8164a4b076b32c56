package org.precinct.engine.spec;

/**
 * A change with the simulation time at which it takes effect; how a run receives edits from outside
 * the scenario (sweep points, tabletop choices) next to its own injects.
 */
public record ScheduledChange(long atTicks, Change change) {
  public ScheduledChange {
    Require.nonNegative(atTicks, "atTicks");
    Require.nonNull(change, "change");
  }

  /** A change in force from the start of the run. */
  public static ScheduledChange atStart(Change change) {
    return new ScheduledChange(0L, change);
  }
}
