package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/** One choice at a decision point: a named bundle of changes applied when the team picks it. */
public record DecisionOptionSpec(
    String id, String label, String description, double costPerDay, ImmutableList<Change> changes) {
  public DecisionOptionSpec {
    Require.id(id, "option id");
    Require.text(label, "option label");
    Require.text(description, "option description");
    Require.nonNegative(costPerDay, "costPerDay");
    Require.nonNull(changes, "option changes");
  }
}
