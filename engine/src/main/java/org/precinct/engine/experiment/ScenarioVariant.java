package org.precinct.engine.experiment;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScheduledChange;

/**
 * One way to run a scenario in an experiment: which interventions are on and which extra changes
 * apply (a mix to compare, a subset to attribute, a grid point, a design point).
 *
 * @param id a short id for tables, e.g. "baseline" or "mix-b"
 * @param label a human label for charts and reports
 * @param interventions the interventions switched on
 * @param changes extra changes on top of the scenario, e.g. parameter values at the start
 */
public record ScenarioVariant(
    String id,
    String label,
    InterventionSet interventions,
    ImmutableList<ScheduledChange> changes) {

  /** Checks that nothing is missing. */
  public ScenarioVariant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(interventions, "interventions");
    Objects.requireNonNull(changes, "changes");
  }
}
