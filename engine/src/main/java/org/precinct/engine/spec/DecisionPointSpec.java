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

  /** The changes of one option, scheduled at this decision point's time (a run's extra changes). */
  public ImmutableList<ScheduledChange> changesFor(String optionId) {
    DecisionOptionSpec option = options.detect(o -> o.id().equals(optionId));
    if (option == null) {
      throw new IllegalArgumentException("decision " + id + " has no option '" + optionId + "'");
    }
    return option.changes().collect(c -> new ScheduledChange(atTicks, c));
  }
}
