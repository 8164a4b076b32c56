package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A moment in a tabletop exercise where the team sees the state and picks one option; a batch run
 * applies no option unless the caller passes the chosen changes.
 *
 * @param atTicks when the run pauses; for a state-triggered decision, the earliest time it may
 * @param trigger the condition on the live state that brings the decision, or {@link
 *     TriggerSpec#NONE}: the session stops where it fires in the story replication, and the chosen
 *     option applies in each replication where it fires there
 */
public record DecisionPointSpec(
    String id,
    long atTicks,
    String question,
    ImmutableList<DecisionOptionSpec> options,
    TriggerSpec trigger) {
  public DecisionPointSpec {
    Require.id(id, "decision id");
    Require.nonNegative(atTicks, "decision atTicks");
    Require.text(question, "question");
    Require.nonNull(options, "options");
    trigger = trigger == null ? TriggerSpec.NONE : trigger;
    if (trigger.every()) {
      throw new IllegalArgumentException("a decision point is taken once; 'every' does not apply");
    }
  }

  /** A decision point at a fixed time. */
  public DecisionPointSpec(
      String id, long atTicks, String question, ImmutableList<DecisionOptionSpec> options) {
    this(id, atTicks, question, options, TriggerSpec.NONE);
  }

  /** Whether the decision comes on the live state rather than at {@link #atTicks}. */
  public boolean isTriggered() {
    return trigger.isTriggered();
  }

  /** The same decision at another time (its trigger kept). */
  public DecisionPointSpec withAtTicks(long newAtTicks) {
    return new DecisionPointSpec(id, newAtTicks, question, options, trigger);
  }

  /** One change of an option, timed at this decision point (or at its trigger). */
  public ScheduledChange scheduled(Change change) {
    return isTriggered()
        ? new ScheduledChange(atTicks, change, id, trigger)
        : new ScheduledChange(atTicks, change);
  }

  /** The changes of one option, scheduled at this decision point's time (a run's extra changes). */
  public ImmutableList<ScheduledChange> changesFor(String optionId) {
    DecisionOptionSpec option = options.detect(o -> o.id().equals(optionId));
    if (option == null) {
      throw new IllegalArgumentException("decision " + id + " has no option '" + optionId + "'");
    }
    return option.changes().collect(this::scheduled);
  }
}
