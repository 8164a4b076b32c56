package org.precinct.engine.result;

import org.precinct.engine.result.stats.Quantiles;

/**
 * Folds one series over replications into a {@link BandSeries}: exact mean, reservoir quantiles.
 */
final class SeriesAccumulator {
  private final SeriesKind kind;
  private final String group;
  private final double[] sum;
  private final QuantileReservoir reservoir;
  private int n;

  SeriesAccumulator(SeriesKind kind, String group, int bins, int capacity) {
    this.kind = kind;
    this.group = group;
    this.sum = new double[bins];
    this.reservoir = new QuantileReservoir(bins, capacity);
  }

  void add(double[] values, int replication) {
    int bins = Math.min(values.length, sum.length);
    for (int b = 0; b < bins; b++) {
      sum[b] += values[b];
    }
    reservoir.add(values, replication);
    n++;
  }

  BandSeries result() {
    int bins = sum.length;
    double[] median = new double[bins];
    double[] p10 = new double[bins];
    double[] p90 = new double[bins];
    double[] mean = new double[bins];
    for (int b = 0; b < bins; b++) {
      mean[b] = n == 0 ? Double.NaN : sum[b] / n;
      if (reservoir.stored() > 0) {
        Quantiles q = Quantiles.of(reservoir.bin(b));
        median[b] = q.median();
        p10[b] = q.quantile(0.1);
        p90[b] = q.quantile(0.9);
      }
    }
    return new BandSeries(
        kind.id(), kind.label(), kind.unit(), kind.resolution(), group, median, p10, p90, mean);
  }
}
