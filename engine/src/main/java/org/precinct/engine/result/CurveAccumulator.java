package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.result.stats.ConfidenceInterval;
import org.precinct.engine.result.stats.ExactMoments;
import org.precinct.engine.result.stats.KaplanMeier;

/**
 * Folds one group's time-to-event samples over replications into a {@link SurvivalCurve}: each
 * replication's Kaplan-Meier estimate is read on a fixed grid of hours, and the curve is the mean
 * across replications with a Student-t band (replications are independent; subjects within one are
 * not), so memory does not grow with the replications. Moments are exact, so partial folds merge
 * into exactly the single-pass numbers.
 */
final class CurveAccumulator {
  private final CurveKind kind;
  private final String group;
  private final String label;
  private final double horizonHours;
  private final double[] grid;
  private final ExactMoments[] share;
  private ExactMoments never = new ExactMoments();
  private ExactMoments within24h = new ExactMoments();
  private ExactMoments restricted = new ExactMoments();
  private long subjects;
  private long replications;
  private FirstSeen firstSeen;

  CurveAccumulator(TimeToEventSamples first, FirstSeen firstSeen) {
    this(first.kind(), first.group(), first.label(), first.horizonHours(), firstSeen);
  }

  private CurveAccumulator(
      CurveKind kind, String group, String label, double horizonHours, FirstSeen firstSeen) {
    this.kind = kind;
    this.group = group;
    this.label = label;
    this.horizonHours = horizonHours;
    this.grid = grid(horizonHours);
    this.share = new ExactMoments[grid.length];
    for (int i = 0; i < grid.length; i++) {
      share[i] = new ExactMoments();
    }
    this.firstSeen = firstSeen;
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
    subjects += samples.size();
    replications++;
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

  void add(CurveAccumulator other) {
    if (other.grid.length != grid.length) {
      throw new IllegalArgumentException(
          "curve " + kind + "/" + group + " has a different horizon in another part");
    }
    for (int i = 0; i < grid.length; i++) {
      share[i].add(other.share[i]);
    }
    never.add(other.never);
    within24h.add(other.within24h);
    restricted.add(other.restricted);
    subjects += other.subjects;
    replications += other.replications;
    firstSeen = firstSeen.earlier(other.firstSeen);
  }

  CurveKind kind() {
    return kind;
  }

  String group() {
    return group;
  }

  FirstSeen firstSeen() {
    return firstSeen;
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
        never.mean(),
        within24h.mean(),
        restricted.mean(),
        (int) Math.round(replications == 0 ? Double.NaN : (double) subjects / replications));
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(kind.name());
    out.writeUTF(group);
    out.writeUTF(label);
    out.writeDouble(horizonHours);
    firstSeen.write(out);
    out.writeLong(subjects);
    out.writeLong(replications);
    for (ExactMoments m : share) {
      m.write(out);
    }
    never.write(out);
    within24h.write(out);
    restricted.write(out);
  }

  static CurveAccumulator read(DataInput in) throws IOException {
    CurveKind kind = PartialCodec.enumValue(CurveKind.class, in.readUTF());
    String group = in.readUTF();
    String label = in.readUTF();
    double horizon = in.readDouble();
    if (!(horizon >= 0 && horizon < 1e6)) {
      throw new IOException("corrupt curve horizon " + horizon);
    }
    CurveAccumulator a = new CurveAccumulator(kind, group, label, horizon, FirstSeen.read(in));
    a.subjects = in.readLong();
    a.replications = in.readLong();
    for (int i = 0; i < a.share.length; i++) {
      a.share[i] = ExactMoments.read(in);
    }
    a.never = ExactMoments.read(in);
    a.within24h = ExactMoments.read(in);
    a.restricted = ExactMoments.read(in);
    return a;
  }
}
