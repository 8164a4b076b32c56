package org.precinct.engine.experiment.tabletop;

import java.util.Optional;
import org.precinct.engine.result.CampaignTimes;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The metrics whose value so far can be read from a run's prefix, each a lower bound of its final
 * value (counts only grow, a peak only rises), so an at-most target already exceeded is missed and
 * an at-least target already reached is met, whatever happens next.
 *
 * <p>Others (shares, means, restricted means) depend on what is still to come and are assessed at
 * the end only; {@link ObjectiveProgress#whyAtTheEnd()} says why.
 */
enum SoFarMetric {
  HARM_DELIVERED(Metric.HARM_DELIVERED, SeriesKind.HARM_DELIVERED_HOURLY),
  HARM_WEIGHTED_BEFORE_ELECTION(Metric.HARM_WEIGHTED_BEFORE_ELECTION, SeriesKind.HARM_WEIGHTED),
  PEAK_BACKLOG(Metric.PEAK_BACKLOG, SeriesKind.BACKLOG),
  SLA_BREACHES(Metric.SLA_BREACHES, SeriesKind.SLA_BREACHES),
  REFUSALS(Metric.REFUSALS, SeriesKind.REFUSALS),
  REDIRECTS(Metric.REDIRECTS, SeriesKind.REDIRECTS),
  FALSE_POSITIVE_FLAGS(Metric.FALSE_POSITIVE_FLAGS, SeriesKind.FALSE_POSITIVE_FLAGS),
  ACCOUNTS_ENFORCED(Metric.ACCOUNTS_ENFORCED, SeriesKind.ENFORCEMENTS),
  WRONGFUL_ENFORCEMENTS(Metric.WRONGFUL_ENFORCEMENTS, SeriesKind.WRONGFUL_ENFORCEMENTS),
  /** Counted from the campaigns' times, which a prefix cuts at the stop. */
  CAMPAIGNS_DISRUPTED_BEFORE_ELECTION(Metric.CAMPAIGNS_DISRUPTED_BEFORE_ELECTION, null);

  private final Metric metric;
  private final SeriesKind series;

  SoFarMetric(Metric metric, SeriesKind series) {
    this.metric = metric;
    this.series = series;
  }

  /** The tracker of a metric, if its value so far can be read from a prefix. */
  static Optional<SoFarMetric> of(Metric metric) {
    for (SoFarMetric m : values()) {
      if (m.metric == metric) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The value so far in one replication's prefix (0 when the series is absent or empty). */
  double valueIn(ReplicationOutcome prefix, TimelineSpec timeline) {
    if (this == CAMPAIGNS_DISRUPTED_BEFORE_ELECTION) {
      return prefix.campaigns().count(CampaignTimes::disruptedBeforeElection);
    }
    SeriesValues s = prefix.series(series, "all");
    if (s == null) {
      return 0;
    }
    double[] v = s.values();
    double total = 0;
    for (int i = 0; i < v.length; i++) {
      if (this == PEAK_BACKLOG) {
        total = Math.max(total, v[i]);
      } else if (this != HARM_WEIGHTED_BEFORE_ELECTION
          || !timeline.date(i).isAfter(timeline.electionDay())) {
        total += v[i];
      }
    }
    return total;
  }
}
