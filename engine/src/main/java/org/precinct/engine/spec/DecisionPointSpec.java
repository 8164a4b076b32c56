package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A moment in a tabletop exercise where the team sees the state and picks one option; a batch run
 * applies no option unless the caller passes the chosen changes.
 */
public record DecisionPointSpec(
    String id, long atTicks, String question, ImmutableList<DecisionOptionSpec> options) {
  public DecisionPointSpec {
    Require.id(id, "decision id");
    Require.nonNegative(atTicks, "decision atTicks");
    Require.text(question, "question");
    Require.nonNull(options, "options");
  }
}
