package org.precinct.engine.experiment.tabletop;

import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;

/**
 * What an option does to one metric: its value under the option, the paired difference from
 * carrying on without it (same replications, same random numbers), and how often it was better.
 *
 * @param value the metric under the option, mean with a Student-t interval
 * @param difference option minus carrying on, per replication, with a paired-t interval
 * @param betterShare the share of replications in which the option did strictly better
 */
public record MetricEffect(Metric metric, Estimate value, Estimate difference, double betterShare) {

  /** Compares per-replication values of an option with those of carrying on. */
  public static MetricEffect of(Metric metric, double[] option, double[] carryOn) {
    double[] difference = new double[option.length];
    int better = 0;
    for (int r = 0; r < option.length; r++) {
      difference[r] = option[r] - carryOn[r];
      boolean improves = metric.lowerIsBetter() ? difference[r] < 0 : difference[r] > 0;
      better += improves ? 1 : 0;
    }
    return new MetricEffect(
        metric,
        Estimate.of(option),
        Estimate.of(difference),
        option.length == 0 ? 0 : (double) better / option.length);
  }
}
