package org.precinct.engine.model;

import java.time.ZonedDateTime;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The timeline precomputed into primitive arrays (calendar-day starts, local hour of each elapsed
 * hour, harm weight per day), so the hot path never touches java.time and daylight-saving days of
 * 23 or 25 hours are handled once, here.
 */
final class ModelCalendar {
  /** The local hour at which daily activity peaks (mid-afternoon). */
  static final double PEAK_HOUR = 15.0;

  private final TimelineSpec timeline;
  private final long endTicks;
  private final long electionDayStartTicks;
  private final long[] dayStarts;
  private final int[] daysRelative;
  private final double[] harmWeight;
  private final double[] localHourMid;
  private final double[] cosine;
  private int dayCursor;

  ModelCalendar(TimelineSpec timeline, HarmWeightingSpec weighting) {
    this.timeline = timeline;
    this.endTicks = timeline.endTicks();
    this.electionDayStartTicks = timeline.electionDayStartTicks();
    int days = timeline.dayCount();
    this.dayStarts = new long[days + 1];
    this.daysRelative = new int[days];
    this.harmWeight = new double[days];
    for (int d = 0; d <= days; d++) {
      dayStarts[d] = Math.max(0L, timeline.dayStartTicks(d));
    }
    dayStarts[days] = Math.max(dayStarts[days], endTicks);
    for (int d = 0; d < days; d++) {
      daysRelative[d] = timeline.daysRelativeToElection(dayStarts[d]);
      harmWeight[d] = weighting.weight(daysRelative[d]);
    }
    this.localHourMid = localHours(timeline);
    this.cosine = new double[localHourMid.length];
    for (int h = 0; h < cosine.length; h++) {
      cosine[h] = Math.cos(2.0 * Math.PI * (localHourMid[h] - PEAK_HOUR) / 24.0);
    }
  }

  private static double[] localHours(TimelineSpec timeline) {
    int hours = timeline.hourCount();
    double[] local = new double[hours];
    for (int h = 0; h < hours; h++) {
      ZonedDateTime at = timeline.dateTimeAt(h * Ticks.HOUR + 30 * Ticks.MINUTE);
      local[h] = at.getHour() + at.getMinute() / 60.0;
    }
    return local;
  }

  TimelineSpec timeline() {
    return timeline;
  }

  long endTicks() {
    return endTicks;
  }

  /** The end of the warm-up (0 for none). */
  long warmUpTicks() {
    return timeline.warmUpTicks();
  }

  long electionDayStartTicks() {
    return electionDayStartTicks;
  }

  int dayCount() {
    return daysRelative.length;
  }

  int hourCount() {
    return localHourMid.length;
  }

  /** The start of calendar day {@code day} (day 0 starts at 0; day dayCount() is the end). */
  long dayStart(int day) {
    return day == 0 ? 0L : dayStarts[day];
  }

  /**
   * The calendar day containing a time at or after every earlier call's (the simulation clock never
   * goes back), by advancing a cursor: constant time on the hot path.
   */
  int dayIndex(long ticks) {
    int last = daysRelative.length - 1;
    while (dayCursor < last && ticks >= dayStarts[dayCursor + 1]) {
      dayCursor++;
    }
    if (dayCursor > 0 && ticks < dayStarts[dayCursor]) {
      return searchDay(ticks);
    }
    return dayCursor;
  }

  /** The calendar day containing any time, by binary search over the day starts. */
  int searchDay(long ticks) {
    int lo = 0;
    int hi = daysRelative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (dayStarts[mid] <= ticks) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int daysRelative(int day) {
    return daysRelative[day];
  }

  double harmWeight(int day) {
    return harmWeight[day];
  }

  /**
   * The next arrival of a Poisson process whose rate is constant within each elapsed hour, by
   * inverting its integrated rate (Cinlar's method): the arrival is where the integral from {@code
   * from} reaches {@code exponentialDraw} (an Exp(1) variate), found by a short linear scan of the
   * rate's prefix sums (dense processes: the arrival is usually within the next hours, which are
   * next in memory) and a binary search beyond; no candidate is ever rejected.
   *
   * @return the arrival time, or -1 if none comes before {@code until}
   */
  long nextArrival(long from, double exponentialDraw, long until, HourlyRate rate) {
    int hours = localHourMid.length;
    double[] perTick = rate.perTick(hours);
    double[] cumulative = rate.cumulative(hours);
    int h = hourIndex(from);
    double target = cumulative[h] + perTick[h] * (from - h * Ticks.HOUR) + exponentialDraw;
    if (!(target < cumulative[hours])) {
      return -1L;
    }
    int lo = h;
    while (lo + 1 < hours && lo < h + 4 && cumulative[lo + 1] <= target) {
      lo++;
    }
    int hi = cumulative[lo + 1] <= target ? hours - 1 : lo;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cumulative[mid] <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    long at = lo * Ticks.HOUR + (long) Math.ceil((target - cumulative[lo]) / perTick[lo]);
    at = Math.max(at, from);
    return at < Math.min(until, endTicks) ? at : -1L;
  }

  /** The elapsed-hour bin of a time, clamped to the last bin. */
  int hourIndex(long ticks) {
    return (int) Math.min(localHourMid.length - 1, ticks / Ticks.HOUR);
  }

  /**
   * The daily-cycle multiplier during an elapsed hour: 1 + amplitude * cos(2 pi (h - 15) / 24) at
   * the hour's local midpoint h, which averages to 1 over a 24-hour day (rates are constant within
   * an elapsed hour).
   */
  double cycle(int hour, double amplitude) {
    if (amplitude == 0.0) {
      return 1.0;
    }
    return 1.0 + amplitude * cosine[Math.min(hour, cosine.length - 1)];
  }
}
