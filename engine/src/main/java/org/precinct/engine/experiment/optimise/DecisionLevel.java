package org.precinct.engine.experiment.optimise;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.ScheduledChange;

/**
 * One value a decision variable can take: an intervention switched on or off, a headcount, a
 * parameter level, as the interventions it switches and the changes it adds to the run.
 *
 * @param label a short label for tables, e.g. "on", "6 staff" or "0.8"
 * @param value the number the level stands for (1/0 for a toggle, the headcount, the level)
 * @param on interventions this level switches on
 * @param off interventions this level switches off
 * @param changes changes this level adds from the start of the run
 */
public record DecisionLevel(
    String label,
    double value,
    ImmutableList<String> on,
    ImmutableList<String> off,
    ImmutableList<ScheduledChange> changes) {

  /** Checks that nothing is missing. */
  public DecisionLevel {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(off, "off");
    Objects.requireNonNull(changes, "changes");
  }
}
