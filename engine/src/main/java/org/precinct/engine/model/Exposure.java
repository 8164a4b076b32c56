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
  private final double[] channelScale;
  private final double[] dailyWeighted;
  private double[] pending = new double[64];
  private long[] pendingAt = new long[64];
  private double live;
  private long liveAt;
  private int liveDay;
  private double total;

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
    channelScale = setup.spec().channels().collectDouble(ch -> ch.reachScale()).toArray();
    dailyWeighted = new double[calendar.dayCount()];
  }

  @Override
  public void delivered(int account, int campaign, int channel) {
    double w = campaignWeight[campaign] * channelScale[channel];
    long now = clock.now();
    if (lambdaPerTick == 0) {
      int day = calendar.dayIndex(now);
      double weighted = w * calendar.harmWeight(day);
      dailyWeighted[day] += weighted;
      total += weighted;
      return;
    }
    accrueTo(now);
    live += w;
    if (account >= pending.length) {
      int n = Math.max(account + 1, pending.length * 2);
      pending = Arrays.copyOf(pending, n);
      pendingAt = Arrays.copyOf(pendingAt, n);
    }
    pending[account] = decayed(account, now) + w;
    pendingAt[account] = now;
  }

  @Override
  public void removed(int account) {
    if (!contentRemoved || account >= pending.length || pending[account] == 0) {
      return;
    }
    long now = clock.now();
    accrueTo(now);
    live = Math.max(0.0, live - decayed(account, now));
    pending[account] = 0;
  }

  private double decayed(int account, long now) {
    double p = pending[account];
    return p == 0 ? 0.0 : p * Math.exp(-lambdaPerTick * (now - pendingAt[account]));
  }

  /** Accrues the live outputs' exposure from the last update to {@code now}, day by day. */
  private void accrueTo(long now) {
    long t = liveAt;
    while (t < now && live > 0) {
      long dayEnd = calendar.dayStart(liveDay + 1);
      long end = Math.min(now, dayEnd);
      double decay = Math.exp(-lambdaPerTick * (end - t));
      double got = live * (1 - decay) * calendar.harmWeight(liveDay);
      dailyWeighted[liveDay] += got;
      total += got;
      live *= decay;
      t = end;
      if (end == dayEnd && liveDay + 1 < dailyWeighted.length) {
        liveDay++;
      } else if (end == dayEnd) {
        break;
      }
    }
    liveAt = now;
    while (liveDay + 1 < dailyWeighted.length && calendar.dayStart(liveDay + 1) <= now) {
      liveDay++;
    }
  }

  /** Accrues up to the end of the window; call once, after the last event. */
  void close() {
    if (lambdaPerTick > 0) {
      accrueTo(calendar.endTicks());
    }
  }

  /** Exposure-weighted harm accrued within the window. */
  /** Warm-up deletion: exposure accrued so far no longer counts in the total. */
  void resetTotal(long now) {
    accrueTo(now);
    total = 0;
  }

  double total() {
    return total;
  }

  /** Exposure-weighted harm accrued per calendar day. */
  double[] daily() {
    return dailyWeighted;
  }

  /** Exposure still live (decayed weight of outputs not removed), never negative. */
  double live() {
    return live;
  }
}
