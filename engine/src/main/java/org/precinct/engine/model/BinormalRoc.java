package org.precinct.engine.model;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The binormal ROC model of a classifier (Green and Swets 1966; Hanley and McNeil 1982): benign
 * scores ~ N(0, 1), harmful scores ~ N(d', 1) with d' = sqrt(2) * PhiInverse(auc); a threshold t
 * gives recall = 1 - Phi(t - d') and false-positive rate = 1 - Phi(t), so choosing a recall fixes t
 * = d' - PhiInverse(recall) and with it the false-positive rate.
 */
final class BinormalRoc {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private BinormalRoc() {}

  /** The separation d' of the two score distributions for an AUC in [0.5, 1]. */
  static double separation(double auc) {
    if (auc >= 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.sqrt(2.0) * STANDARD.inverseCumulativeProbability(auc);
  }

  /**
   * The false-positive rate at the threshold that gives {@code recall} for a classifier of {@code
   * auc}.
   */
  static double falsePositiveRate(double auc, double recall) {
    if (recall <= 0.0) {
      return 0.0;
    }
    if (recall >= 1.0) {
      return auc >= 1.0 ? 0.0 : 1.0;
    }
    double d = separation(auc);
    if (Double.isInfinite(d)) {
      return 0.0;
    }
    double threshold = d - STANDARD.inverseCumulativeProbability(recall);
    return STANDARD.survivalProbability(threshold);
  }
}
