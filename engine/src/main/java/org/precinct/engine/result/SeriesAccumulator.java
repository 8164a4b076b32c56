package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ExactSum;
import org.precinct.engine.result.stats.Quantiles;

/**
 * Folds one series over replications into a {@link BandSeries}: exact mean and the Student-t 95%
 * interval of the mean per bin (exact sums of values and squares, so that partial folds merge
 * without rounding), reservoir quantiles. A weighted series (means per bin with their counts) is
 * pooled per bin as a ratio of sums, sum(count x mean) / sum(count), whose interval is the
 * delta-method (ratio estimator) interval over replications.
 */
final class SeriesAccumulator {
  private final SeriesKind kind;
  private final String group;
  private static final double LEVEL = 0.95;
  private final ExactSum[] sum;
  private final ExactSum[] squares;
  private final boolean weighted;
  private final ExactSum[] weight;
  private final ExactSum[] totals;
  private final ExactSum[] weightSquares;
  private final ExactSum[] cross;
  private final ExactSum[] totalSquares;
  private final QuantileReservoir reservoir;
  private FirstSeen firstSeen;
  private int n;

  SeriesAccumulator(
      SeriesKind kind,
      String group,
      int bins,
      int capacity,
      FirstSeen firstSeen,
      boolean weighted) {
    this.kind = kind;
    this.group = group;
    this.weighted = weighted;
    this.sum = sums(bins);
    this.squares = sums(bins);
    this.weight = weighted ? sums(bins) : null;
    this.totals = weighted ? sums(bins) : null;
    this.weightSquares = weighted ? sums(bins) : null;
    this.cross = weighted ? sums(bins) : null;
    this.totalSquares = weighted ? sums(bins) : null;
    this.reservoir = new QuantileReservoir(bins, capacity);
    this.firstSeen = firstSeen;
  }

  private static ExactSum[] sums(int bins) {
    ExactSum[] out = new ExactSum[bins];
    for (int b = 0; b < bins; b++) {
      out[b] = new ExactSum();
    }
    return out;
  }

  void add(SeriesValues s, int replication) {
    double[] values = s.values();
    if (s.weighted() != weighted) {
      throw new IllegalArgumentException("series " + kind + "/" + group + " mixes weighted values");
    }
    int bins = Math.min(values.length, sum.length);
    for (int b = 0; b < bins; b++) {
      sum[b].add(values[b]);
      squares[b].add(values[b] * values[b]);
      if (weighted) {
        double w = s.weights()[b];
        double total = values[b] * w;
        weight[b].add(w);
        totals[b].add(total);
        weightSquares[b].add(w * w);
        cross[b].add(total * w);
        totalSquares[b].add(total * total);
      }
    }
    reservoir.add(values, replication);
    n++;
  }

  void add(SeriesAccumulator other) {
    if (other.sum.length != sum.length) {
      throw new IllegalArgumentException(
          "series " + kind + "/" + group + " has " + other.sum.length + " bins, not " + sum.length);
    }
    if (other.weighted != weighted) {
      throw new IllegalArgumentException("series " + kind + "/" + group + " mixes weighted values");
    }
    for (int b = 0; b < sum.length; b++) {
      sum[b].add(other.sum[b]);
      squares[b].add(other.squares[b]);
      if (weighted) {
        weight[b].add(other.weight[b]);
        totals[b].add(other.totals[b]);
        weightSquares[b].add(other.weightSquares[b]);
        cross[b].add(other.cross[b]);
        totalSquares[b].add(other.totalSquares[b]);
      }
    }
    reservoir.add(other.reservoir);
    n += other.n;
    firstSeen = firstSeen.earlier(other.firstSeen);
  }

  SeriesKind kind() {
    return kind;
  }

  String group() {
    return group;
  }

  FirstSeen firstSeen() {
    return firstSeen;
  }

  BandSeries result() {
    int bins = sum.length;
    double[] median = new double[bins];
    double[] p10 = new double[bins];
    double[] p90 = new double[bins];
    double[] mean = new double[bins];
    double[] low = new double[bins];
    double[] high = new double[bins];
    double t = n < 2 ? Double.NaN : ConfidenceInterval.tQuantile(n, LEVEL);
    for (int b = 0; b < bins; b++) {
      double half;
      if (weighted) {
        double w = weight[b].doubleValue();
        double y = totals[b].doubleValue();
        mean[b] = w > 0 ? y / w : (n == 0 ? Double.NaN : 0.0);
        half = w > 0 ? t * ratioStandardError(b, mean[b], w) : Double.NaN;
      } else {
        mean[b] = n == 0 ? Double.NaN : sum[b].doubleValue() / n;
        half = t * standardError(b, mean[b]);
      }
      low[b] = mean[b] - half;
      high[b] = mean[b] + half;
      if (reservoir.stored() > 0) {
        Quantiles q = Quantiles.of(reservoir.bin(b));
        median[b] = q.median();
        p10[b] = q.quantile(0.1);
        p90[b] = q.quantile(0.9);
      }
    }
    return new BandSeries(
        kind.id(),
        kind.label(),
        kind.unit(),
        kind.resolution(),
        group,
        median,
        p10,
        p90,
        mean,
        low,
        high);
  }

  private double standardError(int b, double mean) {
    if (n < 2) {
      return Double.NaN;
    }
    double ss = squares[b].doubleValue() - n * mean * mean;
    return Math.sqrt(Math.max(0, ss) / (n - 1.0) / n);
  }

  /**
   * The ratio estimator's standard error: with y the day's total wait and w its count in a
   * replication, R = sum y / sum w and var(R) = sum (y - R w)^2 / (n (n - 1) wbar^2).
   */
  private double ratioStandardError(int b, double ratio, double totalWeight) {
    if (n < 2) {
      return Double.NaN;
    }
    double residual =
        totalSquares[b].doubleValue()
            - 2 * ratio * cross[b].doubleValue()
            + ratio * ratio * weightSquares[b].doubleValue();
    double meanWeight = totalWeight / n;
    return Math.sqrt(Math.max(0, residual) / (n * (n - 1.0))) / meanWeight;
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(kind.name());
    out.writeUTF(group);
    out.writeInt(sum.length);
    out.writeBoolean(weighted);
    firstSeen.write(out);
    out.writeInt(n);
    for (ExactSum[] column : columns()) {
      for (ExactSum s : column) {
        s.write(out);
      }
    }
    reservoir.write(out);
  }

  private ExactSum[][] columns() {
    return weighted
        ? new ExactSum[][] {sum, squares, weight, totals, weightSquares, cross, totalSquares}
        : new ExactSum[][] {sum, squares};
  }

  static SeriesAccumulator read(DataInput in) throws IOException {
    SeriesKind kind = PartialCodec.enumValue(SeriesKind.class, in.readUTF());
    String group = in.readUTF();
    int bins = PartialCodec.size(in.readInt());
    boolean weighted = in.readBoolean();
    SeriesAccumulator a =
        new SeriesAccumulator(
            kind, group, bins, ResultAggregator.capacity(kind), FirstSeen.read(in), weighted);
    a.n = in.readInt();
    for (ExactSum[] column : a.columns()) {
      for (int b = 0; b < bins; b++) {
        column[b] = ExactSum.read(in);
      }
    }
    a.reservoir.read(in);
    return a;
  }
}
