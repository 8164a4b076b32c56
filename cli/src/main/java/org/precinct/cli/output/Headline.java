package org.precinct.cli.output;

import java.util.List;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.ScenarioResult;

/**
 * The six numbers a run leads with (issue 6), and whether each was estimated precisely enough: its
 * 95% confidence interval's half-width under 10% of its mean, or, where the mean is near zero,
 * under one unit (one percentage point for a share).
 *
 * @param summary the metric across replications
 * @param halfWidth half the width of the confidence interval
 * @param precise whether the half-width meets the target above
 */
public record Headline(MetricSummary summary, double halfWidth, boolean precise) {
  /** The headline metrics, in the order reports and the terminal show them. */
  public static final List<Metric> METRICS =
      List.of(
          Metric.ENFORCED_WITHIN_24H_SHARE,
          Metric.HARM_WEIGHTED_BEFORE_ELECTION,
          Metric.VOTERS_MISINFORMED_OR_TURNED_AWAY,
          Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE,
          Metric.CAMPAIGNS_DISRUPTED_BEFORE_ELECTION,
          Metric.WRONGFUL_ENFORCEMENTS,
          Metric.PEAK_BACKLOG);

  /** The relative half-width target. */
  public static final double RELATIVE_TARGET = 0.10;

  /** The headlines of a result, in {@link #METRICS} order. */
  public static List<Headline> of(ScenarioResult result) {
    return METRICS.stream().map(m -> of(result.metric(m))).toList();
  }

  /** The headline view of one metric summary. */
  public static Headline of(MetricSummary summary) {
    double halfWidth = (summary.ciHigh() - summary.ciLow()) / 2;
    return new Headline(summary, halfWidth, isPrecise(summary.metric(), summary.mean(), halfWidth));
  }

  /** Whether every headline is precise enough. */
  public static boolean allPrecise(List<Headline> headlines) {
    return headlines.stream().allMatch(Headline::precise);
  }

  static boolean isPrecise(Metric metric, double mean, double halfWidth) {
    if (!Double.isFinite(halfWidth)) {
      return false;
    }
    return halfWidth < RELATIVE_TARGET * Math.abs(mean) || halfWidth < absoluteFloor(metric);
  }

  /** One unit of the metric: a percentage point for shares, else one of its unit. */
  static double absoluteFloor(Metric metric) {
    return metric.unit().equals("share") ? 0.01 : 1.0;
  }

  /** The metric shown. */
  public Metric metric() {
    return summary.metric();
  }

  /** The half-width relative to the mean, NaN for a zero mean. */
  public double relativeHalfWidth() {
    return summary.mean() == 0 ? Double.NaN : halfWidth / Math.abs(summary.mean());
  }
}
