package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ExactMoments;
import org.precinct.engine.result.stats.Quantiles;

/**
 * The exact, mergeable moments of one breakdown measure, a bottom-k sample of its values for the
 * median, and where it was first seen.
 */
final class GroupAccumulator {
  private final String table;
  private final String group;
  private final String measure;
  private final ExactMoments moments;
  private final QuantileReservoir values = new QuantileReservoir(1, ResultAggregator.RESERVOIR);
  private FirstSeen firstSeen;

  GroupAccumulator(GroupValue v, FirstSeen firstSeen) {
    this(v.table(), v.group(), v.measure(), new ExactMoments(), firstSeen);
  }

  private GroupAccumulator(
      String table, String group, String measure, ExactMoments moments, FirstSeen firstSeen) {
    this.table = table;
    this.group = group;
    this.measure = measure;
    this.moments = moments;
    this.firstSeen = firstSeen;
  }

  void add(double value, int replication) {
    moments.add(value);
    values.add(new double[] {value}, replication);
  }

  void add(GroupAccumulator other) {
    moments.add(other.moments);
    values.add(other.values);
    firstSeen = firstSeen.earlier(other.firstSeen);
  }

  FirstSeen firstSeen() {
    return firstSeen;
  }

  String key() {
    return table + "/" + group + "/" + measure;
  }

  GroupSummary result(double level) {
    ConfidenceInterval ci = ConfidenceInterval.studentT(moments, level);
    double mean = moments.count() == 0 ? Double.NaN : moments.mean();
    double median = values.stored() == 0 ? Double.NaN : Quantiles.of(values.bin(0)).median();
    return new GroupSummary(
        table, group, measure, moments.count(), mean, ci.low(), ci.high(), median);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(table);
    out.writeUTF(group);
    out.writeUTF(measure);
    moments.write(out);
    values.write(out);
    firstSeen.write(out);
  }

  static GroupAccumulator read(DataInput in) throws IOException {
    String table = in.readUTF();
    String group = in.readUTF();
    String measure = in.readUTF();
    ExactMoments moments = ExactMoments.read(in);
    QuantileReservoir stored = new QuantileReservoir(1, ResultAggregator.RESERVOIR);
    stored.read(in);
    GroupAccumulator g = new GroupAccumulator(table, group, measure, moments, FirstSeen.read(in));
    g.values.add(stored);
    return g;
  }
}
