package org.precinct.cli.output;

import java.util.Locale;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.spec.Comparison;

/** Exercise objectives in words: the target, and the share of replications that met it. */
public final class ObjectiveText {
  private ObjectiveText() {}

  /** The target, e.g. "at least 50.0%" or "at most 2,000". */
  public static String target(ObjectiveAssessment a) {
    String how = a.objective().comparison() == Comparison.AT_LEAST ? "at least " : "at most ";
    return how + MetricText.value(a.metric(), a.objective().target());
  }

  /** The share met as a whole percentage, e.g. "87%", or "n/a" without replications. */
  public static String share(Proportion p) {
    return percent(p.share());
  }

  /** The Wilson interval's bounds, e.g. "75% to 94%". */
  public static String bounds(Proportion p) {
    return p.n() == 0 ? "n/a" : percent(p.low()) + " to " + percent(p.high());
  }

  /** The share with its interval, e.g. "87% of replications (95% CI 75% to 94%)". */
  public static String met(Proportion p) {
    return p.n() == 0
        ? "n/a"
        : share(p)
            + " of replications (95% CI "
            + bounds(p)
            + ", "
            + p.successes()
            + "/"
            + p.n()
            + ")";
  }

  /** The objective metric's mean with its 95% interval, e.g. "41.2% (40.1% to 42.3%)". */
  public static String value(MetricSummary summary) {
    return MetricText.value(summary.metric(), summary.mean())
        + " ("
        + MetricText.bounds(summary)
        + ")";
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "n/a";
  }
}
