package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A named bundle of changes applied from the start of a run when switched on; the unit that
 * experiments compare and rank.
 *
 * @param defaultOn whether the baseline run has it on
 * @param costPerDay stated cost per day, in the scenario's cost unit
 */
public record InterventionSpec(
    String id,
    String label,
    String description,
    boolean defaultOn,
    double costPerDay,
    ImmutableList<Change> changes) {
  public InterventionSpec {
    Require.id(id, "intervention id");
    Require.text(label, "intervention label");
    Require.text(description, "intervention description");
    Require.nonNegative(costPerDay, "costPerDay");
    Require.nonNull(changes, "intervention changes");
  }
}
