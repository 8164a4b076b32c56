package org.precinct.engine.result;

import org.precinct.engine.result.stats.Quantiles;

/**
 * Folds a campaign's times over replications into a {@link CampaignOutcome}: medians across
 * replications where "never" counts as later than any time (so a median is NaN when most
 * replications never reached the event).
 */
final class CampaignAccumulator {
  private final CampaignTimes first;
  private final QuantileReservoir times;
  private int n;
  private int disrupted;

  CampaignAccumulator(CampaignTimes first, int capacity) {
    this.first = first;
    this.times = new QuantileReservoir(3, capacity);
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
}
