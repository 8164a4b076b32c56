package org.precinct.engine.result;

import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.KaplanMeier;
import org.precinct.engine.result.stats.RunningStats;

/**
 * Folds one group's time-to-event samples over replications into a {@link SurvivalCurve}: each
 * replication's Kaplan-Meier estimate is read on a fixed grid of hours, and the curve is the mean
 * across replications with a Student-t band (replications are independent; subjects within one are
 * not), so memory does not grow with the replications.
 */
final class CurveAccumulator {
  private final CurveKind kind;
  private final String group;
  private final String label;
  private final double[] grid;
  private final RunningStats[] share;
  private final RunningStats never = new RunningStats();
  private final RunningStats within24h = new RunningStats();
  private final RunningStats restricted = new RunningStats();
  private final RunningStats subjects = new RunningStats();

  CurveAccumulator(TimeToEventSamples first) {
    this.kind = first.kind();
    this.group = first.group();
    this.label = first.label();
    this.grid = grid(first.horizonHours());
    this.share = new RunningStats[grid.length];
    for (int i = 0; i < grid.length; i++) {
      share[i] = new RunningStats();
    }
  }

  /** Hourly for the first three days, then every six hours, up to the horizon. */
  static double[] grid(double horizonHours) {
    DoubleArrayList hours = new DoubleArrayList();
    for (double h = 0; h < horizonHours; h += h < 72 ? 1 : 6) {
      hours.add(h);
    }
    hours.add(horizonHours);
    return hours.toArray();
  }

  void add(TimeToEventSamples samples) {
    subjects.add(samples.size());
    if (samples.size() == 0) {
      return;
    }
    KaplanMeier km = KaplanMeier.fit(samples.hours(), samples.reached());
    for (int i = 0; i < grid.length; i++) {
      share[i].add(km.shareReachedWithin(grid[i]));
    }
    never.add(km.shareNeverReachedBy(samples.horizonHours()));
    within24h.add(km.shareReachedWithin(24.0));
    restricted.add(km.restrictedMean(samples.horizonHours()));
  }

  SurvivalCurve result(double level) {
    double[] mean = new double[grid.length];
    double[] low = new double[grid.length];
    double[] high = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      ConfidenceInterval ci = ConfidenceInterval.studentT(share[i], level);
      mean[i] = share[i].count() == 0 ? Double.NaN : ci.mean();
      low[i] = Double.isNaN(ci.low()) ? mean[i] : Math.max(0, ci.low());
      high[i] = Double.isNaN(ci.high()) ? mean[i] : Math.min(1, ci.high());
    }
    return new SurvivalCurve(
        kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + group,
        label,
        kind,
        group,
        grid.clone(),
        mean,
        low,
        high,
        meanOrNaN(never),
        meanOrNaN(within24h),
        meanOrNaN(restricted),
        (int) Math.round(subjects.mean()));
  }

  private static double meanOrNaN(RunningStats stats) {
    return stats.count() == 0 ? Double.NaN : stats.mean();
  }
}
