package org.precinct.cli.output;

import java.util.Locale;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;

/**
 * Metric values in words people read: shares as percentages, hours with an "h", large counts with
 * thousands separators, and a mean with its confidence interval.
 */
public final class MetricText {
  private MetricText() {}

  /** A value of {@code metric}, e.g. "62.4%", "31.2 h" or "1,234". */
  public static String value(Metric metric, double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    String text =
        switch (metric.unit()) {
          case "share" -> String.format(Locale.ROOT, "%.1f%%", 100 * value);
          case "hours" -> String.format(Locale.ROOT, "%.1f h", value);
          default -> count(value);
        };
    return text.matches("-0(\\.0+)?(%| h)?") ? text.substring(1) : text;
  }

  /** A count or amount with as many decimals as its size deserves. */
  public static String count(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
  }

  /** The interval, e.g. "95% CI 60.1% to 64.7%". */
  public static String interval(MetricSummary summary, double confidenceLevel) {
    return String.format(Locale.ROOT, "%.0f%% CI ", 100 * confidenceLevel) + bounds(summary);
  }

  /** The interval's bounds alone, e.g. "60.1% to 64.7%". */
  public static String bounds(MetricSummary summary) {
    return value(summary.metric(), summary.ciLow())
        + " to "
        + value(summary.metric(), summary.ciHigh());
  }

  /** The mean and its interval, e.g. "62.4% (95% CI 60.1% to 64.7%)". */
  public static String meanWithInterval(MetricSummary summary, double confidenceLevel) {
    return value(summary.metric(), summary.mean())
        + " ("
        + interval(summary, confidenceLevel)
        + ")";
  }
}
