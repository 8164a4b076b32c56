package org.precinct.engine.result;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.Quantiles;
import org.precinct.engine.result.stats.RunningStats;

/**
 * Builds a {@link ScenarioResult} from replication outcomes folded one at a time in replication
 * order and then dropped: means and Student-t intervals stream exactly; quantiles across
 * replications are exact up to {@value #RESERVOIR} replications ({@value #HOURLY_RESERVOIR} for
 * hourly bins) and come from a uniform reservoir of that many beyond, so heap stays flat however
 * many replications run.
 */
public final class ResultAggregator {
  /** The most replications whose values are kept for quantiles of metrics and daily bins. */
  public static final int RESERVOIR = 512;

  /** The most replications whose values are kept for quantiles of hourly bins. */
  public static final int HOURLY_RESERVOIR = 128;

  private final RunMetadata metadata;
  private final RunningStats[] metricStats = new RunningStats[Metric.values().length];
  private final QuantileReservoir metricValues =
      new QuantileReservoir(Metric.values().length, RESERVOIR);
  private final Map<String, SeriesAccumulator> series = new LinkedHashMap<>();
  private final Map<String, CurveAccumulator> curves = new LinkedHashMap<>();
  private final Map<String, CampaignAccumulator> campaigns = new LinkedHashMap<>();
  private final Map<String, double[]> outcomes = new LinkedHashMap<>();
  private final Map<String, OutcomeTally> outcomeKeys = new LinkedHashMap<>();
  private final MutableList<WindowSpan> windows = Lists.mutable.empty();
  private int count;

  /** Starts an empty aggregate for a run described by {@code metadata}. */
  public ResultAggregator(RunMetadata metadata) {
    this.metadata = metadata;
    for (int i = 0; i < metricStats.length; i++) {
      metricStats[i] = new RunningStats();
    }
  }

  /** Folds in the next replication (replications must come in index order for reproducibility). */
  public void add(ReplicationOutcome outcome) {
    int r = outcome.replication();
    double[] values = outcome.metricValues();
    for (int i = 0; i < values.length; i++) {
      metricStats[i].add(values[i]);
    }
    metricValues.add(values, r);
    for (SeriesValues s : outcome.series()) {
      series
          .computeIfAbsent(
              key(s.kind(), s.group()),
              k ->
                  new SeriesAccumulator(s.kind(), s.group(), s.values().length, capacity(s.kind())))
          .add(s.values(), r);
    }
    for (TimeToEventSamples t : outcome.timeToEvent()) {
      curves.computeIfAbsent(key(t.kind(), t.group()), k -> new CurveAccumulator(t)).add(t);
    }
    for (CampaignTimes c : outcome.campaigns()) {
      campaigns
          .computeIfAbsent(c.campaignId(), k -> new CampaignAccumulator(c, RESERVOIR))
          .add(c, r);
    }
    addOutcomes(outcome);
    count++;
  }

  private static String key(Enum<?> kind, String group) {
    return kind.name() + "/" + group;
  }

  private void addOutcomes(ReplicationOutcome outcome) {
    for (OutcomeTally t : outcome.outcomes()) {
      String key = t.category() + "/" + t.channelId() + "/" + t.outcome();
      outcomeKeys.putIfAbsent(key, t);
      outcomes.computeIfAbsent(key, k -> new double[1])[0] += t.count();
    }
    outcome.windows().reject(windows::contains).forEach(windows::add);
  }

  private static int capacity(SeriesKind kind) {
    return kind.resolution() == SeriesResolution.HOUR ? HOURLY_RESERVOIR : RESERVOIR;
  }

  /** The number of replications folded so far. */
  public int count() {
    return count;
  }

  /** The aggregate of everything folded so far. */
  public ScenarioResult result() {
    double level = metadata.confidenceLevel();
    MutableList<BandSeries> daily = Lists.mutable.empty();
    MutableList<BandSeries> hourly = Lists.mutable.empty();
    series
        .values()
        .forEach(
            s -> {
              BandSeries b = s.result();
              (b.resolution() == SeriesResolution.DAY ? daily : hourly).add(b);
            });
    return new ScenarioResult(
        metadata,
        metricSummaries(level),
        Lists.immutable.fromStream(curves.values().stream().map(c -> c.result(level))),
        daily.toImmutable(),
        hourly.toImmutable(),
        Lists.immutable.fromStream(campaigns.values().stream().map(CampaignAccumulator::result)),
        outcomeCounts(),
        windows.toImmutable());
  }

  private ImmutableList<MetricSummary> metricSummaries(double level) {
    MutableList<MetricSummary> out = Lists.mutable.empty();
    for (Metric m : Metric.values()) {
      RunningStats s = metricStats[m.ordinal()];
      ConfidenceInterval ci = ConfidenceInterval.studentT(s, level);
      double median = Double.NaN;
      double p10 = Double.NaN;
      double p90 = Double.NaN;
      if (metricValues.stored() > 0) {
        Quantiles q = Quantiles.of(metricValues.bin(m.ordinal()));
        median = q.median();
        p10 = q.quantile(0.1);
        p90 = q.quantile(0.9);
      }
      double mean = count == 0 ? Double.NaN : s.mean();
      double sd = count < 2 ? Double.NaN : s.stdDev();
      out.add(new MetricSummary(m, count, mean, ci.low(), ci.high(), median, p10, p90, sd));
    }
    return out.toImmutable();
  }

  private ImmutableList<OutcomeCount> outcomeCounts() {
    MutableList<OutcomeCount> out = Lists.mutable.empty();
    outcomes.forEach(
        (key, sum) -> {
          OutcomeTally t = outcomeKeys.get(key);
          out.add(
              new OutcomeCount(
                  t.category(), t.channelId(), t.outcome(), sum[0] / Math.max(1, count)));
        });
    return out.toImmutable();
  }
}
