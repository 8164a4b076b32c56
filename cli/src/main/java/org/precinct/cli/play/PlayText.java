package org.precinct.cli.play;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.precinct.cli.output.MetricText;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The words and numbers of the exercise views: the scenario clock with its E-n day, means with
 * their confidence intervals, shares of replications, and paired differences with a sign.
 */
final class PlayText {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter CSV = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private PlayText() {}

  /** The scenario clock, e.g. "Sat 26 Oct 2024 09:00 EDT (E-10)". */
  static String clock(TimelineSpec timeline, long ticks) {
    return CLOCK.format(timeline.dateTimeAt(ticks)) + " (" + electionDay(timeline, ticks) + ")";
  }

  /** A short moment, e.g. "Fri 25 Oct 08:00 (E-12)". */
  static String moment(TimelineSpec timeline, long ticks) {
    return SHORT.format(timeline.dateTimeAt(ticks)) + " (" + electionDay(timeline, ticks) + ")";
  }

  /** The moment as the events list writes it, e.g. "2024-10-25 08:00". */
  static String csvTime(TimelineSpec timeline, long ticks) {
    return CSV.format(timeline.dateTimeAt(ticks));
  }

  /** "E-10", "E-day" or "E+2". */
  static String electionDay(TimelineSpec timeline, long ticks) {
    int days = timeline.daysRelativeToElection(ticks);
    return days == 0 ? "E-day" : days < 0 ? "E" + days : "E+" + days;
  }

  /**
   * A mean with its interval, e.g. "123 (95% CI 110 to 136)"; every metric is non-negative and a
   * share at most 1, so the Student-t bounds are clipped to that range.
   */
  static String estimate(Metric metric, Estimate e) {
    double top = metric.unit().equals("share") ? 1 : Double.POSITIVE_INFINITY;
    boolean counted = !metric.unit().equals("share") && !metric.unit().equals("hours");
    if (counted && wholeConstant(e)) {
      return whole(e.mean());
    }
    return MetricText.value(metric, e.mean())
        + interval(e, v -> MetricText.value(metric, Math.min(top, Math.max(0, v))));
  }

  /** One value of {@code metric}, a whole count without decimals, e.g. "2", "40.0%", "1.5". */
  static String value(Metric metric, double value) {
    boolean counted = !metric.unit().equals("share") && !metric.unit().equals("hours");
    return counted && Math.abs(value - Math.rint(value)) < 1e-9
        ? whole(value)
        : MetricText.value(metric, value);
  }

  /**
   * A count's mean with its interval clipped at zero, e.g. "12.5 (95% CI 10.1 to 14.9)"; a whole
   * number that is the same in every replication is just that number, e.g. "3".
   */
  static String count(Estimate e) {
    if (wholeConstant(e)) {
      return whole(e.mean());
    }
    return MetricText.count(e.mean()) + interval(e, v -> MetricText.count(Math.max(0, v)));
  }

  /** Whether the estimate has no interval to give and its value is a whole number. */
  private static boolean wholeConstant(Estimate e) {
    return interval(e, v -> "").isEmpty()
        && Double.isFinite(e.mean())
        && Math.abs(e.mean() - Math.rint(e.mean())) < 1e-9;
  }

  private static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value + 0.0);
  }

  /**
   * A paired difference with its sign, e.g. "-12.3 (95% CI -19.5 to -5.1)"; no difference at all
   * (zero in every replication) is a whole zero in the metric's unit: "0", "0%" or "0 h".
   */
  static String difference(Metric metric, Estimate d) {
    String interval = interval(d, v -> signed(metric, v));
    if (interval.isEmpty() && d.mean() == 0) {
      return zero(metric);
    }
    return signed(metric, d.mean()) + interval;
  }

  /** Zero in the metric's unit, without decimals. */
  static String zero(Metric metric) {
    return switch (metric.unit()) {
      case "share" -> "0%";
      case "hours" -> "0 h";
      default -> "0";
    };
  }

  /** A share of replications, e.g. "87% (95% CI 75% to 94%)". */
  static String proportion(Proportion p) {
    if (p.n() == 0) {
      return "n/a";
    }
    return percent(p.share()) + " (95% CI " + percent(p.low()) + " to " + percent(p.high()) + ")";
  }

  /** A share as a whole percentage, e.g. "87%". */
  static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "n/a";
  }

  /** A cost in the scenario's unit, e.g. "12.5"; a whole cost without decimals, e.g. "0", "3". */
  static String cost(double value) {
    return Math.abs(value - Math.rint(value)) < 1e-9 ? whole(value) : MetricText.count(value);
  }

  /** A count of people with its noun, singular for exactly one: "1 reviewer", "3 reviewers". */
  static String people(String count, String noun) {
    return count + " " + noun + ("1".equals(count) ? "" : "s");
  }

  private static String signed(Metric metric, double value) {
    String text = MetricText.value(metric, value);
    return value > 0 ? "+" + text : text;
  }

  /**
   * The interval, or nothing when there is none to give: fewer than two replications, or a value
   * that is the same in every replication (a constant such as a staffed headcount).
   */
  private static String interval(Estimate e, java.util.function.DoubleFunction<String> format) {
    if (e.n() < 2
        || !Double.isFinite(e.halfWidth())
        || e.halfWidth() <= 1e-12 * Math.max(1, Math.abs(e.mean()))) {
      return "";
    }
    return " (95% CI " + format.apply(e.ciLow()) + " to " + format.apply(e.ciHigh()) + ")";
  }
}
