package org.precinct.engine.spec;

/**
 * Coordinated-behaviour detection: every {@code periodTicks} a batch looks at the flagged accounts
 * of each network and links them with probability min(1, baseRecall + recallPerLinkedAccount *
 * (flagged accounts - 1)), opening one network case; more evidence, higher recall.
 */
public record CoordinationSpec(
    boolean enabled, long periodTicks, double baseRecall, double recallPerLinkedAccount) {
  public CoordinationSpec {
    if (periodTicks <= 0) {
      throw new IllegalArgumentException("coordination periodTicks must be > 0");
    }
    Require.probability(baseRecall, "baseRecall");
    Require.probability(recallPerLinkedAccount, "recallPerLinkedAccount");
  }
}
