package org.precinct.cli.report;

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
    String v = MetricText.value(metric, headline.summary().mean());
    String ci = MetricText.interval(headline.summary(), confidenceLevel);
    return switch (metric) {
      case ENFORCED_WITHIN_24H_SHARE ->
          v
              + " of threat accounts were enforced against within 24 hours of their first harmful"
              + " request ("
              + ci
              + ").";
      case HARM_WEIGHTED_BEFORE_ELECTION ->
          "Harmful outputs delivered through election day came to "
              + v
              + " points, weighted by severity and closeness to the vote ("
              + ci
              + ").";
      case RESTRICTED_MEAN_HOURS_TO_ENFORCE ->
          "An account was enforced against "
              + v
              + " after its first harmful request on average ("
              + ci
              + "); accounts never enforced count with the time left in the window"
              + " (restricted mean).";
      case CAMPAIGNS_DISRUPTED_BEFORE_ELECTION ->
          v
              + " of "
              + campaigns
              + " threat campaigns were disrupted (every account actioned)"
              + " before election day ("
              + ci
              + ").";
      case WRONGFUL_ENFORCEMENTS ->
          v + " benign accounts were wrongly enforced against (" + ci + ").";
      case PEAK_BACKLOG -> "The review backlog peaked at " + v + " cases waiting (" + ci + ").";
      default -> metric.label() + ": " + v + " (" + ci + ").";
    };
  }
}
