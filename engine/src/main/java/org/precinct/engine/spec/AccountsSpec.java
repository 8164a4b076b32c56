package org.precinct.engine.spec;

/**
 * How many accounts a campaign runs and how it replaces suspended ones.
 *
 * @param initial accounts active at the campaign start
 * @param growthPerDay new accounts per day (a Poisson process) while the campaign runs
 * @param recreate whether a suspended account is replaced by a fresh one
 * @param recreateDelay hours from suspension to the replacement's first request window
 * @param recreateCap the most replacements over the whole campaign
 */
public record AccountsSpec(
    int initial,
    double growthPerDay,
    boolean recreate,
    DistributionSpec recreateDelay,
    int recreateCap) {
  public AccountsSpec {
    Require.nonNegative(initial, "initial accounts");
    Require.nonNegative(growthPerDay, "growthPerDay");
    Require.nonNull(recreateDelay, "recreateDelay");
    Require.nonNegative(recreateCap, "recreateCap");
  }
}
