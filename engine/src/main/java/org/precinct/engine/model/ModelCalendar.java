package org.precinct.engine.model;

import java.time.ZonedDateTime;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * The timeline precomputed into primitive arrays (calendar-day starts, local hour of each elapsed
 * hour, harm weight per day), so the hot path never touches java.time and daylight-saving days of
 * 23 or 25 hours are handled once, here. With several elections, each has its own arrays (its E-n
 * days, harm weights and local hours in its own zone) beside the calendar's, whose days are those
 * of the timeline zone; election 0 is the first (or only) election.
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
  private final ImmutableList<ElectionSpec> elections;
  private final long[] electionStart;
  private final long[] electionEnd;
  private final double[][] electionHarmWeight;
  private final double[][] electionCosine;
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
    this.localHourMid = localHours(timeline, timeline.zone());
    this.cosine = cosines(localHourMid);
    this.elections = timeline.electionList();
    int n = elections.size();
    this.electionStart = new long[n];
    this.electionEnd = new long[n];
    this.electionHarmWeight = new double[n][];
    this.electionCosine = new double[n][];
    for (int e = 0; e < n; e++) {
      ElectionSpec election = elections.get(e);
      electionStart[e] = timeline.electionDayStartTicks(election);
      electionEnd[e] =
          timeline.ticksAt(election.electionDay().plusDays(1).atStartOfDay(election.zone()));
      if (!timeline.hasElections()) {
        electionHarmWeight[e] = harmWeight;
        electionCosine[e] = cosine;
        continue;
      }
      HarmWeightingSpec own = election.weightingOr(weighting);
      double[] weights = new double[days];
      for (int d = 0; d < days; d++) {
        // The E-n day of the calendar day's midday in the election's zone.
        long midday = (dayStarts[d] + dayStarts[d + 1]) / 2;
        ZonedDateTime local = timeline.instantAt(midday).atZone(election.zone());
        int relative =
            (int)
                java.time.temporal.ChronoUnit.DAYS.between(
                    election.electionDay(), local.toLocalDate());
        weights[d] = own.weight(relative);
      }
      electionHarmWeight[e] = weights;
      electionCosine[e] = cosines(localHours(timeline, election.zone()));
    }
  }

  private static double[] localHours(TimelineSpec timeline, java.time.ZoneId zone) {
    int hours = timeline.hourCount();
    double[] local = new double[hours];
    for (int h = 0; h < hours; h++) {
      ZonedDateTime at = timeline.instantAt(h * Ticks.HOUR + 30 * Ticks.MINUTE).atZone(zone);
      local[h] = at.getHour() + at.getMinute() / 60.0;
    }
    return local;
  }

  private static double[] cosines(double[] localHours) {
    double[] out = new double[localHours.length];
    for (int h = 0; h < out.length; h++) {
      out[h] = Math.cos(2.0 * Math.PI * (localHours[h] - PEAK_HOUR) / 24.0);
    }
    return out;
  }

  /** The elections, election 0 first. */
  ImmutableList<ElectionSpec> elections() {
    return elections;
  }

  int electionCount() {
    return electionStart.length;
  }

  /** Midnight starting election {@code e}'s day in its zone. */
  long electionStart(int e) {
    return electionStart[e];
  }

  /** Midnight ending election {@code e}'s day in its zone (outputs before it are "before"). */
  long electionEnd(int e) {
    return electionEnd[e];
  }

  /** The harm weight of calendar day {@code day} for an output of election {@code e}. */
  double harmWeight(int e, int day) {
    return electionHarmWeight[e][day];
  }

  /** The daily-cycle multiplier of an elapsed hour in election {@code e}'s zone. */
  double cycle(int e, int hour, double amplitude) {
    if (amplitude == 0.0) {
      return 1.0;
    }
    double[] c = electionCosine[e];
    return 1.0 + amplitude * c[Math.min(hour, c.length - 1)];
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
