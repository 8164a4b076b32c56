package org.precinct.engine.spec;

/**
 * Use-case audits on the first-party API: every {@code periodTicks} a share of the active API
 * accounts is sampled, and an abusive one is detected with {@code detectionProbability}, opening a
 * case without any classifier flag.
 */
public record AuditSpec(
    boolean enabled, long periodTicks, double sampleShare, double detectionProbability) {
  public AuditSpec {
    if (periodTicks <= 0) {
      throw new IllegalArgumentException("audit periodTicks must be > 0");
    }
    Require.probability(sampleShare, "sampleShare");
    Require.probability(detectionProbability, "detectionProbability");
  }
}
