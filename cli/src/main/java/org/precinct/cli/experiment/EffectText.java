package org.precinct.cli.experiment;

import java.util.Locale;
import org.precinct.cli.output.MetricText;
import org.precinct.engine.experiment.Direction;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.result.Metric;

/**
 * Effects and their intervals in the words a policy lead reads: "reduces weighted harm by 2,084
 * (95% CI 1,857 to 2,311)", with the metric's own units and the direction that makes a positive
 * number good news.
 */
final class EffectText {

  private EffectText() {}

  /** A value of the metric, e.g. "1,234" or "62.4%". */
  static String value(Metric metric, double value) {
    return MetricText.value(metric, value);
  }

  /** The interval's bounds, e.g. "1,857 to 2,311". */
  static String bounds(Metric metric, Estimate estimate) {
    if (!Double.isFinite(estimate.halfWidth())) {
      return "n/a";
    }
    return value(metric, estimate.ciLow()) + " to " + value(metric, estimate.ciHigh());
  }

  /** The mean with its interval, e.g. "1,234 (95% CI 1,100 to 1,368)". */
  static String withInterval(Metric metric, Estimate estimate) {
    return value(metric, estimate.mean())
        + " ("
        + String.format(Locale.ROOT, "%.0f%% CI ", 100 * estimate.level())
        + bounds(metric, estimate)
        + ")";
  }

  /**
   * The benefit of a change as an estimate: the change itself when higher is better, negated when
   * lower is better, so positive is always good news.
   */
  static Estimate benefit(Metric metric, Estimate change) {
    if (Direction.of(metric) == Direction.HIGHER_IS_BETTER) {
      return change;
    }
    return new Estimate(
        -change.mean(), change.stdError(), change.halfWidth(), change.n(), change.level());
  }

  /** "reduces" or "raises" for a good change, "worsens" for a bad one. */
  static String verb(Metric metric, double benefit) {
    if (benefit < 0) {
      return "worsens";
    }
    return metric.lowerIsBetter() ? "reduces" : "raises";
  }

  /** A share as a whole percentage, e.g. "87%". */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** A signed change, e.g. "+120" or "-3.5". */
  static String signed(Metric metric, double change) {
    String text = value(metric, Math.abs(change));
    return (change < 0 ? "-" : "+") + text;
  }
}
