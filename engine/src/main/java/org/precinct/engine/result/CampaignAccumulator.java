package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.precinct.engine.result.stats.Quantiles;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Folds a campaign's times over replications into a {@link CampaignOutcome}: medians across
 * replications where "never" counts as later than any time (so a median is NaN when most
 * replications never reached the event).
 */
final class CampaignAccumulator {
  private final CampaignTimes first;
  private final QuantileReservoir times;
  private FirstSeen firstSeen;
  private int n;
  private int disrupted;

  CampaignAccumulator(CampaignTimes first, int capacity, FirstSeen firstSeen) {
    this.first = first;
    this.times = new QuantileReservoir(3, capacity);
    this.firstSeen = firstSeen;
  }

  void add(CampaignTimes t, int replication) {
    n++;
    disrupted += Double.isNaN(t.disruptionHours()) ? 0 : 1;
    times.add(
        new double[] {
          never(t.firstDetectionHours()),
          never(t.firstEnforcementHours()),
          never(t.disruptionHours())
        },
        replication);
  }

  void add(CampaignAccumulator other) {
    n += other.n;
    disrupted += other.disrupted;
    times.add(other.times);
    firstSeen = firstSeen.earlier(other.firstSeen);
  }

  String campaignId() {
    return first.campaignId();
  }

  FirstSeen firstSeen() {
    return firstSeen;
  }

  private static double never(double hours) {
    return Double.isNaN(hours) ? Double.POSITIVE_INFINITY : hours;
  }

  CampaignOutcome result() {
    return new CampaignOutcome(
        first.campaignId(),
        first.label(),
        first.category(),
        first.channelId(),
        first.startTicks(),
        first.endTicks(),
        median(0),
        median(1),
        median(2),
        n == 0 ? 0.0 : (double) disrupted / n);
  }

  private double median(int column) {
    if (times.stored() == 0) {
      return Double.NaN;
    }
    double[] values = times.bin(column);
    java.util.Arrays.sort(values);
    int mid = values.length / 2;
    double m = values.length % 2 == 1 ? values[mid] : lowerMedian(values, mid);
    return Double.isFinite(m) ? m : Double.NaN;
  }

  private static double lowerMedian(double[] sorted, int mid) {
    if (Double.isInfinite(sorted[mid])) {
      return Double.POSITIVE_INFINITY;
    }
    return Quantiles.quantile(sorted, 0.5);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(first.campaignId());
    out.writeUTF(first.label());
    out.writeUTF(first.category().name());
    out.writeUTF(first.channelId());
    out.writeLong(first.startTicks());
    out.writeLong(first.endTicks());
    firstSeen.write(out);
    out.writeInt(n);
    out.writeInt(disrupted);
    times.write(out);
  }

  static CampaignAccumulator read(DataInput in, int capacity) throws IOException {
    CampaignTimes first =
        new CampaignTimes(
            in.readUTF(),
            in.readUTF(),
            PartialCodec.enumValue(PolicyCategory.class, in.readUTF()),
            in.readUTF(),
            in.readLong(),
            in.readLong(),
            Double.NaN,
            Double.NaN,
            Double.NaN,
            false);
    CampaignAccumulator a = new CampaignAccumulator(first, capacity, FirstSeen.read(in));
    a.n = in.readInt();
    a.disrupted = in.readInt();
    a.times.read(in);
    return a;
  }
}
