package org.precinct.engine.result;

import java.util.Arrays;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * One replication's numbers: every {@link Metric}, the daily and hourly series, time-to-event
 * samples per group, campaign times and outcome counts; folded into a {@link ScenarioResult} by
 * {@link ResultAggregator} and then dropped.
 *
 * @param metricValues one value per metric, indexed by {@link Metric#ordinal()}
 */
public record ReplicationOutcome(
    int replication,
    double[] metricValues,
    ImmutableList<SeriesValues> series,
    ImmutableList<TimeToEventSamples> timeToEvent,
    ImmutableList<CampaignTimes> campaigns,
    ImmutableList<OutcomeTally> outcomes,
    ImmutableList<WindowSpan> windows,
    ImmutableList<GroupValue> groups) {
  /** An outcome without breakdown tables. */
  public ReplicationOutcome(
      int replication,
      double[] metricValues,
      ImmutableList<SeriesValues> series,
      ImmutableList<TimeToEventSamples> timeToEvent,
      ImmutableList<CampaignTimes> campaigns,
      ImmutableList<OutcomeTally> outcomes,
      ImmutableList<WindowSpan> windows) {
    this(
        replication,
        metricValues,
        series,
        timeToEvent,
        campaigns,
        outcomes,
        windows,
        org.eclipse.collections.api.factory.Lists.immutable.empty());
  }

  public ReplicationOutcome {
    if (metricValues.length != Metric.values().length) {
      throw new IllegalArgumentException("one value per Metric expected");
    }
  }

  /** The value of one metric in this replication. */
  public double value(Metric metric) {
    return metricValues[metric.ordinal()];
  }

  /** The series of a kind and group, or null. */
  public SeriesValues series(SeriesKind kind, String group) {
    return series.detect(s -> s.kind() == kind && s.group().equals(group));
  }

  /** The samples of a curve kind and group, or null. */
  public TimeToEventSamples samples(CurveKind kind, String group) {
    return timeToEvent.detect(s -> s.kind() == kind && s.group().equals(group));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplicationOutcome r
        && replication == r.replication
        && Arrays.equals(metricValues, r.metricValues)
        && series.equals(r.series)
        && timeToEvent.equals(r.timeToEvent)
        && campaigns.equals(r.campaigns)
        && outcomes.equals(r.outcomes)
        && windows.equals(r.windows)
        && groups.equals(r.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replication, Arrays.hashCode(metricValues), series);
  }

  @Override
  public String toString() {
    return "ReplicationOutcome[" + replication + ", " + Arrays.toString(metricValues) + "]";
  }
}
