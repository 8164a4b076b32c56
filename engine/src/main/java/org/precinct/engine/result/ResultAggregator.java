package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ExactMoments;
import org.precinct.engine.result.stats.Quantiles;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Builds a {@link ScenarioResult} from replication outcomes folded one at a time and then dropped:
 * means and Student-t intervals come from exact sums; quantiles across replications are exact up to
 * {@value #RESERVOIR} replications ({@value #HOURLY_RESERVOIR} for hourly bins) and come from a
 * uniform bottom-k sample of that many beyond, so heap stays flat however many replications run.
 *
 * <p>Every part of the state is order-free: two aggregators of disjoint replications, folded on
 * different machines, {@linkplain #add(ResultAggregator) merge} (also through {@link #write} and
 * {@link #read}) into exactly the aggregator one in-order pass would build, down to the last bit,
 * and keys (series, curves, campaigns, outcomes, windows) keep the order in which that pass would
 * first meet them.
 */
public final class ResultAggregator {
  /** The most replications whose values are kept for quantiles of metrics and daily bins. */
  public static final int RESERVOIR = 512;

  /** The most replications whose values are kept for quantiles of hourly bins. */
  public static final int HOURLY_RESERVOIR = 128;

  private final RunMetadata metadata;
  private static final String FORMAT = "precinct-aggregate/4";

  private final ExactMoments[] metricStats = new ExactMoments[Metric.values().length];
  private final QuantileReservoir metricValues =
      new QuantileReservoir(Metric.values().length, RESERVOIR);
  private final Map<String, SeriesAccumulator> series = new LinkedHashMap<>();
  private final Map<String, CurveAccumulator> curves = new LinkedHashMap<>();
  private final Map<String, CampaignAccumulator> campaigns = new LinkedHashMap<>();
  private final Map<String, OutcomeEntry> outcomes = new LinkedHashMap<>();
  private final Map<WindowSpan, FirstSeen> windows = new LinkedHashMap<>();
  private final Map<String, GroupAccumulator> groups = new LinkedHashMap<>();
  private int count;

  /** Starts an empty aggregate for a run described by {@code metadata}. */
  public ResultAggregator(RunMetadata metadata) {
    this.metadata = metadata;
    for (int i = 0; i < metricStats.length; i++) {
      metricStats[i] = new ExactMoments();
    }
  }

  /** Folds in one replication (in any order: the result does not depend on it). */
  public void add(ReplicationOutcome outcome) {
    int r = outcome.replication();
    double[] values = outcome.metricValues();
    for (int i = 0; i < values.length; i++) {
      metricStats[i].add(values[i]);
    }
    metricValues.add(values, r);
    ImmutableList<SeriesValues> seriesValues = outcome.series();
    for (int i = 0; i < seriesValues.size(); i++) {
      SeriesValues s = seriesValues.get(i);
      FirstSeen seen = new FirstSeen(r, i);
      series
          .computeIfAbsent(
              key(s.kind(), s.group()),
              k ->
                  new SeriesAccumulator(
                      s.kind(),
                      s.group(),
                      s.values().length,
                      capacity(s.kind()),
                      seen,
                      s.weighted()))
          .add(s, r);
    }
    ImmutableList<TimeToEventSamples> samples = outcome.timeToEvent();
    for (int i = 0; i < samples.size(); i++) {
      TimeToEventSamples t = samples.get(i);
      FirstSeen seen = new FirstSeen(r, i);
      curves.computeIfAbsent(key(t.kind(), t.group()), k -> new CurveAccumulator(t, seen)).add(t);
    }
    ImmutableList<CampaignTimes> times = outcome.campaigns();
    for (int i = 0; i < times.size(); i++) {
      CampaignTimes c = times.get(i);
      FirstSeen seen = new FirstSeen(r, i);
      campaigns
          .computeIfAbsent(c.campaignId(), k -> new CampaignAccumulator(c, RESERVOIR, seen))
          .add(c, r);
    }
    ImmutableList<OutcomeTally> tallies = outcome.outcomes();
    for (int i = 0; i < tallies.size(); i++) {
      OutcomeTally t = tallies.get(i);
      FirstSeen seen = new FirstSeen(r, i);
      outcomes.computeIfAbsent(outcomeKey(t), k -> new OutcomeEntry(t, seen)).add(t.count(), seen);
    }
    ImmutableList<WindowSpan> spans = outcome.windows();
    for (int i = 0; i < spans.size(); i++) {
      windows.merge(spans.get(i), new FirstSeen(r, i), FirstSeen::earlier);
    }
    ImmutableList<GroupValue> groupValues = outcome.groups();
    for (int i = 0; i < groupValues.size(); i++) {
      GroupValue v = groupValues.get(i);
      FirstSeen seen = new FirstSeen(r, i);
      groups.computeIfAbsent(v.key(), k -> new GroupAccumulator(v, seen)).add(v.value(), r);
    }
    count++;
  }

  /**
   * Folds in everything {@code other} holds, as if each of its replications had been added here;
   * the two must hold disjoint replications of the same run.
   */
  public void add(ResultAggregator other) {
    for (int i = 0; i < metricStats.length; i++) {
      metricStats[i].add(other.metricStats[i]);
    }
    metricValues.add(other.metricValues);
    absorb(series, other.series, SeriesAccumulator::add);
    absorb(curves, other.curves, CurveAccumulator::add);
    absorb(campaigns, other.campaigns, CampaignAccumulator::add);
    absorb(outcomes, other.outcomes, (mine, theirs) -> mine.add(theirs.sum, theirs.firstSeen));
    other.windows.forEach((w, seen) -> windows.merge(w, seen, FirstSeen::earlier));
    absorb(groups, other.groups, GroupAccumulator::add);
    count += other.count;
    // the other's accumulators now belong to this aggregator
    other.series.clear();
    other.curves.clear();
    other.campaigns.clear();
    other.outcomes.clear();
    other.groups.clear();
  }

  /** Moves every entry of {@code other} into {@code mine}, merging those both have. */
  private static <V> void absorb(Map<String, V> mine, Map<String, V> other, BiConsumer<V, V> add) {
    other.forEach(
        (k, v) -> {
          V existing = mine.putIfAbsent(k, v);
          if (existing != null) {
            add.accept(existing, v);
          }
        });
  }

  private static String key(Enum<?> kind, String group) {
    return kind.name() + "/" + group;
  }

  private static String outcomeKey(OutcomeTally t) {
    return t.category() + "/" + t.channelId() + "/" + t.outcome();
  }

  static int capacity(SeriesKind kind) {
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
    inOrder(series.values(), SeriesAccumulator::firstSeen)
        .forEach(
            s -> {
              BandSeries b = s.result();
              (b.resolution() == SeriesResolution.DAY ? daily : hourly).add(b);
            });
    return new ScenarioResult(
        metadata,
        metricSummaries(level),
        inOrder(curves.values(), CurveAccumulator::firstSeen)
            .collect(c -> c.result(level))
            .toImmutable(),
        daily.toImmutable(),
        hourly.toImmutable(),
        inOrder(campaigns.values(), CampaignAccumulator::firstSeen)
            .collect(CampaignAccumulator::result)
            .toImmutable(),
        outcomeCounts(),
        inOrder(windows.keySet(), windows::get).toImmutable(),
        inOrder(groups.values(), GroupAccumulator::firstSeen)
            .collect(g -> g.result(level))
            .toImmutable());
  }

  private static <T> MutableList<T> inOrder(
      java.util.Collection<T> values, Function<T, FirstSeen> firstSeen) {
    return Lists.mutable.withAll(values).sortThis(Comparator.comparing(firstSeen));
  }

  private ImmutableList<MetricSummary> metricSummaries(double level) {
    MutableList<MetricSummary> out = Lists.mutable.empty();
    for (Metric m : Metric.values()) {
      ExactMoments s = metricStats[m.ordinal()];
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
    return inOrder(outcomes.values(), e -> e.firstSeen)
        .collect(
            e ->
                new OutcomeCount(
                    e.tally.category(),
                    e.tally.channelId(),
                    e.tally.outcome(),
                    (double) e.sum / Math.max(1, count)))
        .toImmutable();
  }

  /**
   * Writes the whole state (not the metadata) so that {@link #read} restores an aggregator that
   * merges exactly: the partial result of one shard of a run.
   */
  public void write(DataOutput out) throws IOException {
    out.writeUTF(FORMAT);
    out.writeInt(count);
    out.writeInt(metricStats.length);
    for (ExactMoments m : metricStats) {
      m.write(out);
    }
    metricValues.write(out);
    out.writeInt(series.size());
    for (SeriesAccumulator s : series.values()) {
      s.write(out);
    }
    out.writeInt(curves.size());
    for (CurveAccumulator c : curves.values()) {
      c.write(out);
    }
    out.writeInt(campaigns.size());
    for (CampaignAccumulator c : campaigns.values()) {
      c.write(out);
    }
    out.writeInt(outcomes.size());
    for (OutcomeEntry e : outcomes.values()) {
      out.writeUTF(e.tally.category().name());
      out.writeUTF(e.tally.channelId());
      out.writeUTF(e.tally.outcome().name());
      out.writeLong(e.sum);
      e.firstSeen.write(out);
    }
    out.writeInt(windows.size());
    for (Map.Entry<WindowSpan, FirstSeen> w : windows.entrySet()) {
      out.writeUTF(w.getKey().label());
      out.writeUTF(w.getKey().kind().name());
      out.writeLong(w.getKey().fromTicks());
      out.writeLong(w.getKey().toTicks());
      w.getValue().write(out);
    }
    out.writeInt(groups.size());
    for (GroupAccumulator g : groups.values()) {
      g.write(out);
    }
  }

  /**
   * Reads an aggregator written by {@link #write}, labelled with {@code metadata}.
   *
   * @throws IOException if the input is not such an aggregate or is damaged
   */
  public static ResultAggregator read(RunMetadata metadata, DataInput in) throws IOException {
    String format = in.readUTF();
    if (!FORMAT.equals(format)) {
      throw new IOException("not a " + FORMAT + " file (found '" + format + "')");
    }
    ResultAggregator a = new ResultAggregator(metadata);
    a.count = PartialCodec.size(in.readInt());
    if (in.readInt() != a.metricStats.length) {
      throw new IOException("the partial was written with a different set of metrics");
    }
    for (int i = 0; i < a.metricStats.length; i++) {
      a.metricStats[i] = ExactMoments.read(in);
    }
    a.metricValues.read(in);
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      SeriesAccumulator s = SeriesAccumulator.read(in);
      a.series.put(key(s.kind(), s.group()), s);
    }
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      CurveAccumulator c = CurveAccumulator.read(in);
      a.curves.put(key(c.kind(), c.group()), c);
    }
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      CampaignAccumulator c = CampaignAccumulator.read(in, RESERVOIR);
      a.campaigns.put(c.campaignId(), c);
    }
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      OutcomeTally t =
          new OutcomeTally(
              PartialCodec.enumValue(PolicyCategory.class, in.readUTF()),
              in.readUTF(),
              PartialCodec.enumValue(Outcome.class, in.readUTF()),
              0);
      OutcomeEntry e = new OutcomeEntry(t, null);
      e.add(in.readLong(), FirstSeen.read(in));
      a.outcomes.put(outcomeKey(t), e);
    }
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      WindowSpan w =
          new WindowSpan(
              in.readUTF(),
              PartialCodec.enumValue(WindowKind.class, in.readUTF()),
              in.readLong(),
              in.readLong());
      a.windows.put(w, FirstSeen.read(in));
    }
    for (int i = PartialCodec.size(in.readInt()); i > 0; i--) {
      GroupAccumulator g = GroupAccumulator.read(in);
      a.groups.put(g.key(), g);
    }
    return a;
  }

  /** One outcome key's total count and where it was first met. */
  private static final class OutcomeEntry {
    final OutcomeTally tally;
    long sum;
    FirstSeen firstSeen;

    OutcomeEntry(OutcomeTally tally, FirstSeen firstSeen) {
      this.tally = tally;
      this.firstSeen = firstSeen;
    }

    void add(long count, FirstSeen seen) {
      sum += count;
      firstSeen = firstSeen == null ? seen : firstSeen.earlier(seen);
    }
  }
}
