package org.precinct.engine.spec;

/**
 * How often each account of a campaign sends requests: a base rate that can ramp linearly toward
 * election day and follow a daily cycle (peak mid-afternoon in the scenario zone).
 *
 * @param requestsPerAccountPerDay the base rate at the campaign start
 * @param rampToElection multiplier of the base rate reached on election day (1 = flat); linear in
 *     time from the campaign start, flat after election day
 * @param dailyCycleAmplitude 0 (flat) to 1 (no traffic at the trough, double at the peak)
 */
public record IntensitySpec(
    double requestsPerAccountPerDay, double rampToElection, double dailyCycleAmplitude) {
  public IntensitySpec {
    Require.nonNegative(requestsPerAccountPerDay, "requestsPerAccountPerDay");
    Require.positive(rampToElection, "rampToElection");
    Require.probability(dailyCycleAmplitude, "dailyCycleAmplitude");
  }
}
