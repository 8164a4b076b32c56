package org.precinct.cli.report;

import java.util.Locale;
import org.precinct.cli.output.Headline;
import org.precinct.cli.output.MetricText;
import org.precinct.engine.result.Metric;

/** Says each headline metric in a plain sentence, with its 95% confidence interval. */
public final class Findings {
  private Findings() {}

  /**
   * The sentence for one headline.
   *
   * @param campaigns the number of threat campaigns in the scenario, for "n of m campaigns"
   */
  public static String sentence(Headline headline, double confidenceLevel, int campaigns) {
    Metric metric = headline.metric();
    return String.format(
        Locale.ROOT,
        template(metric),
        MetricText.value(metric, headline.summary().mean()),
        MetricText.interval(headline.summary(), confidenceLevel),
        campaigns,
        metric.label());
  }

  /** The sentence with %1$s the mean, %2$s the interval, %3$d campaigns, %4$s the label. */
  private static String template(Metric metric) {
    return switch (metric) {
      case ENFORCED_WITHIN_24H_SHARE ->
          "%1$s of threat accounts were enforced against within 24 hours of their first harmful"
              + " request (%2$s).";
      case HARM_WEIGHTED_BEFORE_ELECTION ->
          "Harmful outputs delivered through election day came to %1$s points, weighted by"
              + " severity and closeness to the vote (%2$s).";
      case RESTRICTED_MEAN_HOURS_TO_ENFORCE ->
          "An account was enforced against %1$s after its first harmful request on average"
              + " (%2$s); accounts never enforced count with the time left in the window"
              + " (restricted mean).";
      case CAMPAIGNS_DISRUPTED_BEFORE_ELECTION ->
          "%1$s of %3$d threat campaigns were disrupted (every account actioned) before election"
              + " day (%2$s).";
      case VOTERS_MISINFORMED_OR_TURNED_AWAY ->
          "%1$s legitimate askers were given inaccurate voting information or had their election"
              + " question refused (%2$s).";
      case WRONGFUL_ENFORCEMENTS -> "%1$s benign accounts were wrongly enforced against (%2$s).";
      case PEAK_BACKLOG -> "The review backlog peaked at %1$s cases waiting (%2$s).";
      default -> "%4$s: %1$s (%2$s).";
    };
  }
}
