package org.precinct.engine.result.stats;

import java.util.Arrays;

/**
 * The arrays of a Kaplan-Meier estimate, computed by one merge walk over sorted event and censor
 * times, kept apart from {@link KaplanMeier} so the estimator's queries stay short.
 */
record KaplanMeierFit(
    double[] times, double[] survival, double[] greenwoodSums, int[] atRisk, int[] events) {

  static KaplanMeierFit of(double[] sortedEvents, double[] sortedCensored) {
    Walk walk = new Walk(sortedEvents, sortedCensored);
    while (walk.hasNextEventTime()) {
      walk.step();
    }
    return walk.fit();
  }

  /** The merge walk: at each distinct event time, censorings before it leave the risk set. */
  private static final class Walk {
    private final double[] events;
    private final double[] censored;
    private final double[] times;
    private final double[] survival;
    private final double[] greenwood;
    private final int[] atRisk;
    private final int[] deaths;
    private int remaining;
    private int nextEvent;
    private int nextCensored;
    private int points;
    private double s = 1.0;
    private double sum;

    Walk(double[] events, double[] censored) {
      this.events = events;
      this.censored = censored;
      this.remaining = events.length + censored.length;
      this.times = new double[events.length];
      this.survival = new double[events.length];
      this.greenwood = new double[events.length];
      this.atRisk = new int[events.length];
      this.deaths = new int[events.length];
    }

    boolean hasNextEventTime() {
      return nextEvent < events.length;
    }

    void step() {
      double t = events[nextEvent];
      while (nextCensored < censored.length && censored[nextCensored] < t) {
        nextCensored++;
        remaining--;
      }
      int d = 0;
      while (nextEvent < events.length && events[nextEvent] == t) {
        nextEvent++;
        d++;
      }
      s *= 1.0 - (double) d / remaining;
      sum += remaining == d ? Double.POSITIVE_INFINITY : d / (remaining * (double) (remaining - d));
      times[points] = t;
      survival[points] = s;
      greenwood[points] = sum;
      atRisk[points] = remaining;
      deaths[points] = d;
      points++;
      remaining -= d;
    }

    KaplanMeierFit fit() {
      return new KaplanMeierFit(
          Arrays.copyOf(times, points),
          Arrays.copyOf(survival, points),
          Arrays.copyOf(greenwood, points),
          Arrays.copyOf(atRisk, points),
          Arrays.copyOf(deaths, points));
    }
  }
}
