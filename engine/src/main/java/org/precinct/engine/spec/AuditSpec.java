package org.precinct.engine.spec;

/**
 * Use-case audits on the first-party API: every {@code periodTicks} a share of the active API
 * accounts is sampled, and an abusive one is detected with {@code detectionProbability}, opening a
 * case without any classifier flag. The same share of the channel's {@code benignCustomers} is
 * audited too: the stated cost of auditing (customer friction and a review case each).
 */
public record AuditSpec(
    boolean enabled,
    long periodTicks,
    double sampleShare,
    double detectionProbability,
    int benignCustomers) {
  /** Audits with no benign customers to cost. */
  public AuditSpec(
      boolean enabled, long periodTicks, double sampleShare, double detectionProbability) {
    this(enabled, periodTicks, sampleShare, detectionProbability, 0);
  }

  public AuditSpec {
    if (benignCustomers < 0) {
      throw new IllegalArgumentException("audit benignCustomers must be >= 0");
    }
    if (periodTicks <= 0) {
      throw new IllegalArgumentException("audit periodTicks must be > 0");
    }
    Require.probability(sampleShare, "sampleShare");
    Require.probability(detectionProbability, "detectionProbability");
  }
}
