package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.precinct.engine.result.stats.ExactSum;
import org.precinct.engine.result.stats.Quantiles;

/**
 * Folds one series over replications into a {@link BandSeries}: exact mean (exact sums, so that
 * partial folds merge without rounding), reservoir quantiles.
 */
final class SeriesAccumulator {
  private final SeriesKind kind;
  private final String group;
  private final ExactSum[] sum;
  private final QuantileReservoir reservoir;
  private FirstSeen firstSeen;
  private int n;

  SeriesAccumulator(SeriesKind kind, String group, int bins, int capacity, FirstSeen firstSeen) {
    this.kind = kind;
    this.group = group;
    this.sum = new ExactSum[bins];
    for (int b = 0; b < bins; b++) {
      sum[b] = new ExactSum();
    }
    this.reservoir = new QuantileReservoir(bins, capacity);
    this.firstSeen = firstSeen;
  }

  void add(double[] values, int replication) {
    int bins = Math.min(values.length, sum.length);
    for (int b = 0; b < bins; b++) {
      sum[b].add(values[b]);
    }
    reservoir.add(values, replication);
    n++;
  }

  void add(SeriesAccumulator other) {
    if (other.sum.length != sum.length) {
      throw new IllegalArgumentException(
          "series " + kind + "/" + group + " has " + other.sum.length + " bins, not " + sum.length);
    }
    for (int b = 0; b < sum.length; b++) {
      sum[b].add(other.sum[b]);
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
    for (int b = 0; b < bins; b++) {
      mean[b] = n == 0 ? Double.NaN : sum[b].doubleValue() / n;
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

  void write(DataOutput out) throws IOException {
    out.writeUTF(kind.name());
    out.writeUTF(group);
    out.writeInt(sum.length);
    firstSeen.write(out);
    out.writeInt(n);
    for (ExactSum s : sum) {
      s.write(out);
    }
    reservoir.write(out);
  }

  static SeriesAccumulator read(DataInput in) throws IOException {
    SeriesKind kind = PartialCodec.enumValue(SeriesKind.class, in.readUTF());
    String group = in.readUTF();
    int bins = PartialCodec.size(in.readInt());
    SeriesAccumulator a =
        new SeriesAccumulator(
            kind, group, bins, ResultAggregator.capacity(kind), FirstSeen.read(in));
    a.n = in.readInt();
    for (int b = 0; b < bins; b++) {
      a.sum[b] = ExactSum.read(in);
    }
    a.reservoir.read(in);
    return a;
  }
}
