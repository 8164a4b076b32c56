package org.precinct.engine.spec;

/**
 * The enforcement ladder after a confirmed review: a warning below a severity, else suspension
 * after a delay; a confirmed network case takes down every known account of the network.
 *
 * @param warnBelowSeverity campaigns with severity below this get a warning first (a second
 *     confirmed case suspends)
 * @param suspensionDelay hours from confirmation to suspension
 * @param takedownDelay hours from a confirmed network case to the takedown
 * @param reviewQueueId the queue for account cases
 * @param networkQueueId the queue for network cases
 */
public record EnforcementSpec(
    double warnBelowSeverity,
    DistributionSpec suspensionDelay,
    DistributionSpec takedownDelay,
    String reviewQueueId,
    String networkQueueId) {
  public EnforcementSpec {
    Require.range(warnBelowSeverity, 0.0, 6.0, "warnBelowSeverity");
    Require.nonNull(suspensionDelay, "suspensionDelay");
    Require.nonNull(takedownDelay, "takedownDelay");
    Require.id(reviewQueueId, "reviewQueueId");
    Require.id(networkQueueId, "networkQueueId");
  }
}
