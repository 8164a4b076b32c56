package org.precinct.engine.experiment;

/**
 * One mix against the baseline on one metric, paired by replication under common random numbers:
 * the mean difference with its paired-t interval, the raw and Holm-adjusted p-values (Holm 1979)
 * and how often the mix did better or worse in the same random world.
 *
 * @param mixId the mix's id
 * @param value the metric under the mix
 * @param difference the per-replication difference, mix minus baseline
 * @param pValue the paired t-test p-value of no difference
 * @param holmPValue the p-value adjusted for the number of mixes compared with the baseline
 * @param betterShare the share of replications in which the mix was strictly better
 * @param worseShare the share of replications in which the mix was strictly worse
 */
public record MixComparison(
    String mixId,
    Estimate value,
    Estimate difference,
    double pValue,
    double holmPValue,
    double betterShare,
    double worseShare) {

  /** Whether the difference stands after Holm's correction at family-wise error {@code alpha}. */
  public boolean significant(double alpha) {
    return holmPValue <= alpha;
  }
}
