package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.spec.ReachSpec;

/**
 * Exposure-weighted harm in closed form, O(1) per output and no per-output object: an output of
 * weight w delivered at d accrues exposure w (1 - e^(-lambda (t - d))) by t (exponential decay,
 * lambda = ln 2 / half-life). The sum over live outputs of w e^(-lambda (t - d)) decays as one
 * number, so accrual between two events is that number times (1 - e^(-lambda dt)); each account
 * keeps the same sum over its own outputs, which is what removal subtracts when its content is
 * taken down. Accrual is weighted by the harm weight of the day it happens on and binned by that
 * day.
 */
final class Exposure implements Reach {
  private final ModelCalendar calendar;
  private final ModelClock clock;
  private final double lambdaPerTick;
  private final boolean contentRemoved;
  private final double[] campaignWeight;
  private final int[] campaignElection;
  private final double[] channelScale;
  private final double[] dailyWeighted;

  /** Per election, accrued per calendar day; no rows for a scenario of one election. */
  private final double[][] dailyByElection;

  private double[] pending = new double[64];
  private long[] pendingAt = new long[64];
  private int[] pendingElection = new int[64];

  /** Per election (weights differ by election): the decayed weight of live outputs, and total. */
  private final double[] live;

  private final double[] total;
  private long liveAt;
  private int liveDay;

  Exposure(ModelSetup setup, ModelClock clock) {
    this.calendar = setup.calendar();
    this.clock = clock;
    ReachSpec reach = setup.spec().reach();
    this.lambdaPerTick = reach.halfLifeTicks() == 0 ? 0.0 : Math.log(2) / reach.halfLifeTicks();
    this.contentRemoved = reach.contentRemoved() && lambdaPerTick > 0;
    campaignWeight = new double[setup.campaigns().length];
    for (int c = 0; c < campaignWeight.length; c++) {
      campaignWeight[c] = setup.campaigns()[c].severity() * setup.campaigns()[c].reachScale();
    }
    campaignElection = setup.campaignElection();
    channelScale = setup.spec().channels().collectDouble(ch -> ch.reachScale()).toArray();
    dailyWeighted = new double[calendar.dayCount()];
    live = new double[calendar.electionCount()];
    total = new double[calendar.electionCount()];
    dailyByElection =
        setup.spec().timeline().hasElections()
            ? new double[calendar.electionCount()][calendar.dayCount()]
            : new double[0][];
  }

  @Override
  public void delivered(int account, int campaign, int channel) {
    double w = campaignWeight[campaign] * channelScale[channel];
    int e = campaignElection[campaign];
    long now = clock.now();
    if (lambdaPerTick == 0) {
      int day = calendar.dayIndex(now);
      double weighted = w * calendar.harmWeight(e, day);
      dailyWeighted[day] += weighted;
      total[e] += weighted;
      if (dailyByElection.length > 0) {
        dailyByElection[e][day] += weighted;
      }
      return;
    }
    accrueTo(now);
    live[e] += w;
    if (account >= pending.length) {
      int n = Math.max(account + 1, pending.length * 2);
      pending = Arrays.copyOf(pending, n);
      pendingAt = Arrays.copyOf(pendingAt, n);
      pendingElection = Arrays.copyOf(pendingElection, n);
    }
    pending[account] = decayed(account, now) + w;
    pendingAt[account] = now;
    pendingElection[account] = e;
  }

  @Override
  public void removed(int account) {
    if (!contentRemoved || account >= pending.length || pending[account] == 0) {
      return;
    }
    long now = clock.now();
    accrueTo(now);
    int e = pendingElection[account];
    live[e] = Math.max(0.0, live[e] - decayed(account, now));
    pending[account] = 0;
  }

  private double decayed(int account, long now) {
    double p = pending[account];
    return p == 0 ? 0.0 : p * Math.exp(-lambdaPerTick * (now - pendingAt[account]));
  }

  /** Accrues the live outputs' exposure from the last update to {@code now}, day by day. */
  private void accrueTo(long now) {
    for (int e = 0; e < live.length; e++) {
      accrue(e, now);
    }
    liveAt = now;
    while (liveDay + 1 < dailyWeighted.length && calendar.dayStart(liveDay + 1) <= now) {
      liveDay++;
    }
  }

  private void accrue(int e, long now) {
    long t = liveAt;
    int day = liveDay;
    while (t < now && live[e] > 0) {
      long dayEnd = calendar.dayStart(day + 1);
      long end = Math.min(now, dayEnd);
      double decay = Math.exp(-lambdaPerTick * (end - t));
      double got = live[e] * (1 - decay) * calendar.harmWeight(e, day);
      dailyWeighted[day] += got;
      total[e] += got;
      if (dailyByElection.length > 0) {
        dailyByElection[e][day] += got;
      }
      live[e] *= decay;
      t = end;
      if (end == dayEnd && day + 1 < dailyWeighted.length) {
        day++;
      } else if (end == dayEnd) {
        break;
      }
    }
  }

  /** Accrues up to the end of the window; call once, after the last event. */
  void close() {
    if (lambdaPerTick > 0) {
      accrueTo(calendar.endTicks());
    }
  }

  /** Warm-up deletion: exposure accrued so far no longer counts in the total. */
  void resetTotal(long now) {
    accrueTo(now);
    Arrays.fill(total, 0.0);
  }

  /** Exposure-weighted harm accrued within the window. */
  double total() {
    double sum = 0;
    for (double t : total) {
      sum += t;
    }
    return sum;
  }

  /** Exposure-weighted harm of election {@code e}'s outputs accrued within the window. */
  double total(int e) {
    return total[e];
  }

  /** Exposure-weighted harm accrued per calendar day. */
  double[] daily() {
    return dailyWeighted;
  }

  /** Exposure-weighted harm of election {@code e} accrued per calendar day (several elections). */
  double[] daily(int e) {
    return dailyByElection[e];
  }

  /** Exposure still live (decayed weight of outputs not removed), never negative. */
  double live() {
    double sum = 0;
    for (double l : live) {
      sum += l;
    }
    return sum;
  }
}
