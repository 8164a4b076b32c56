package org.precinct.engine.experiment;

import org.precinct.engine.result.Metric;

/**
 * Which way a metric improves, so that a difference can be read as a benefit or a cost (harm
 * delivered: lower is better; share enforced within a day: higher is better).
 */
public enum Direction {
  /** Smaller values are better (harm, waits, false positives). */
  LOWER_IS_BETTER,
  /** Larger values are better (shares enforced, campaigns disrupted). */
  HIGHER_IS_BETTER;

  /** The direction of a model metric. */
  public static Direction of(Metric metric) {
    return metric.lowerIsBetter() ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }

  /** Whether {@code candidate} is strictly better than {@code reference}. */
  public boolean isBetter(double candidate, double reference) {
    return this == LOWER_IS_BETTER ? candidate < reference : candidate > reference;
  }

  /**
   * The benefit of a change in the metric: the change itself when higher is better, its negation
   * when lower is better, so a positive benefit is always an improvement.
   */
  public double benefit(double change) {
    return this == LOWER_IS_BETTER ? -change : change;
  }
}
