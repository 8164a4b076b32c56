package org.precinct.engine.spec;

/**
 * A cloud partner that owns the end-customer relationship: the provider refers a case and the
 * partner acts after its own delay with its own probability, because the provider cannot suspend
 * there itself.
 *
 * @param actionDelay hours from referral to the partner's action
 */
public record PartnerSpec(
    String partnerName, DistributionSpec actionDelay, double actionProbability) {
  public PartnerSpec {
    Require.text(partnerName, "partnerName");
    Require.nonNull(actionDelay, "actionDelay");
    Require.probability(actionProbability, "actionProbability");
  }
}
