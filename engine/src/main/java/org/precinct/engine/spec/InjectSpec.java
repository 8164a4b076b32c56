package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A scripted event of the exercise: at a time, a narrative for the facilitator and the changes it
 * makes to the running model (a new wave, a reviewer outage, a classifier update).
 *
 * @param moduleId the exercise module it belongs to; empty when none
 * @param atTicks when it happens; for a state-triggered inject, the earliest time it may fire
 * @param delivery from whom, to whom, how and by which controller it is delivered (HSEEP MSEL)
 * @param trigger the condition on the live state that fires it, or {@link TriggerSpec#NONE} for a
 *     fixed-time inject
 */
public record InjectSpec(
    String id,
    long atTicks,
    String title,
    String narrative,
    ImmutableList<Change> changes,
    String expectedOutcome,
    ImmutableList<String> learningPoints,
    ImmutableList<String> discussionQuestions,
    String moduleId,
    DeliverySpec delivery,
    TriggerSpec trigger) {
  public InjectSpec {
    Require.id(id, "inject id");
    Require.nonNegative(atTicks, "inject atTicks");
    Require.text(title, "inject title");
    Require.text(narrative, "inject narrative");
    Require.nonNull(changes, "inject changes");
    Require.text(expectedOutcome, "expectedOutcome");
    Require.nonNull(learningPoints, "learningPoints");
    Require.nonNull(discussionQuestions, "discussionQuestions");
    moduleId = moduleId == null ? "" : Require.optionalId(moduleId, "inject moduleId");
    delivery = delivery == null ? DeliverySpec.NONE : delivery;
    trigger = trigger == null ? TriggerSpec.NONE : trigger;
  }

  /** A fixed-time inject with delivery details. */
  public InjectSpec(
      String id,
      long atTicks,
      String title,
      String narrative,
      ImmutableList<Change> changes,
      String expectedOutcome,
      ImmutableList<String> learningPoints,
      ImmutableList<String> discussionQuestions,
      String moduleId,
      DeliverySpec delivery) {
    this(
        id,
        atTicks,
        title,
        narrative,
        changes,
        expectedOutcome,
        learningPoints,
        discussionQuestions,
        moduleId,
        delivery,
        TriggerSpec.NONE);
  }

  /** Whether it fires on the live state rather than at {@link #atTicks}. */
  public boolean isTriggered() {
    return trigger.isTriggered();
  }

  /** The same inject with another trigger (and, for a triggered one, earliest time). */
  public InjectSpec withTrigger(long newAtTicks, TriggerSpec newTrigger) {
    return new InjectSpec(
        id,
        newAtTicks,
        title,
        narrative,
        changes,
        expectedOutcome,
        learningPoints,
        discussionQuestions,
        moduleId,
        delivery,
        newTrigger);
  }

  /** An inject without delivery details. */
  public InjectSpec(
      String id,
      long atTicks,
      String title,
      String narrative,
      ImmutableList<Change> changes,
      String expectedOutcome,
      ImmutableList<String> learningPoints,
      ImmutableList<String> discussionQuestions,
      String moduleId) {
    this(
        id,
        atTicks,
        title,
        narrative,
        changes,
        expectedOutcome,
        learningPoints,
        discussionQuestions,
        moduleId,
        DeliverySpec.NONE);
  }
}
