package org.precinct.engine.result;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * Everything a run measured, aggregated across replications and carrying its metadata; charts,
 * reports and experiments read this and nothing else.
 */
public record ScenarioResult(
    RunMetadata metadata,
    ImmutableList<MetricSummary> metrics,
    ImmutableList<SurvivalCurve> curves,
    ImmutableList<BandSeries> dailySeries,
    ImmutableList<BandSeries> hourlySeries,
    ImmutableList<CampaignOutcome> campaigns,
    ImmutableList<OutcomeCount> outcomes,
    ImmutableList<WindowSpan> windows,
    ImmutableList<GroupSummary> groups) {

  /** A result without breakdown tables. */
  public ScenarioResult(
      RunMetadata metadata,
      ImmutableList<MetricSummary> metrics,
      ImmutableList<SurvivalCurve> curves,
      ImmutableList<BandSeries> dailySeries,
      ImmutableList<BandSeries> hourlySeries,
      ImmutableList<CampaignOutcome> campaigns,
      ImmutableList<OutcomeCount> outcomes,
      ImmutableList<WindowSpan> windows) {
    this(
        metadata,
        metrics,
        curves,
        dailySeries,
        hourlySeries,
        campaigns,
        outcomes,
        windows,
        org.eclipse.collections.api.factory.Lists.immutable.empty());
  }

  /** The rows of one breakdown table (e.g. "parity"), in first-seen order. */
  public ImmutableList<GroupSummary> table(String table) {
    return groups.select(g -> g.table().equals(table));
  }

  /** The summary of one metric. */
  public MetricSummary metric(Metric metric) {
    MetricSummary found = metrics.detect(m -> m.metric() == metric);
    if (found == null) {
      throw new IllegalArgumentException("no summary for " + metric);
    }
    return found;
  }

  /** The curve of a kind for a group ("all", a category, channel or campaign id), or null. */
  public SurvivalCurve curve(CurveKind kind, String group) {
    return curves.detect(c -> c.kind() == kind && c.group().equals(group));
  }

  /** The series of a kind for a group ("all", a category, channel or queue id), or null. */
  public BandSeries series(SeriesKind kind, String group) {
    ImmutableList<BandSeries> list =
        kind.resolution() == SeriesResolution.DAY ? dailySeries : hourlySeries;
    return list.detect(s -> s.id().equals(kind.id()) && s.group().equals(group));
  }
}
