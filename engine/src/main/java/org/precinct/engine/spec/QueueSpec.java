package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A human review queue: reviewers on shifts work cases (account or network cases, appeals,
 * background work) with a handle-time distribution, highest severity first when asked, and decide
 * with some accuracy; a share is escalated to a specialist queue.
 *
 * @param handleTime hours a reviewer spends on a case
 * @param accuracy probability a reviewer confirms a true violation (else it is wrongly cleared)
 * @param benignClearRate probability a reviewer clears a benign account (else it is wrongly
 *     enforced against)
 * @param escalationShare share of cases sent on to {@code escalationQueueId} after this review
 * @param escalationQueueId the specialist queue; null or empty for none
 * @param slaTicks target wait from case opening to review start; a longer wait is a breach
 * @param backgroundPerHour non-election cases arriving per hour (Poisson), which take reviewer time
 * @param initialBacklog background cases already waiting at the start
 * @param priorityBySeverity whether higher-severity cases are served first (else first come)
 * @param appealShare share of enforcements that are appealed, each a case in this queue
 * @param appealHandleTime hours a reviewer spends on an appeal
 */
public record QueueSpec(
    String id,
    String label,
    ImmutableList<ShiftSpec> shifts,
    DistributionSpec handleTime,
    double accuracy,
    double benignClearRate,
    double escalationShare,
    String escalationQueueId,
    long slaTicks,
    double backgroundPerHour,
    int initialBacklog,
    boolean priorityBySeverity,
    double appealShare,
    DistributionSpec appealHandleTime) {
  public QueueSpec {
    Require.id(id, "queue id");
    Require.text(label, "queue label");
    Require.nonNull(shifts, "shifts");
    Require.nonNull(handleTime, "handleTime");
    Require.probability(accuracy, "accuracy");
    Require.probability(benignClearRate, "benignClearRate");
    Require.probability(escalationShare, "escalationShare");
    escalationQueueId =
        escalationQueueId == null ? "" : Require.optionalId(escalationQueueId, "escalationQueueId");
    if (escalationQueueId.equals(id)) {
      throw new IllegalArgumentException("queue " + id + " cannot escalate to itself");
    }
    Require.nonNegative(slaTicks, "slaTicks");
    Require.nonNegative(backgroundPerHour, "backgroundPerHour");
    Require.nonNegative(initialBacklog, "initialBacklog");
    Require.probability(appealShare, "appealShare");
    Require.nonNull(appealHandleTime, "appealHandleTime");
  }
}
