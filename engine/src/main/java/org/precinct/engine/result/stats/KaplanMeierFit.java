package org.precinct.engine.result.stats;

import java.util.Arrays;

/**
 * The arrays of a Kaplan-Meier estimate, computed by one merge walk over sorted event and censor
 * times, kept apart from {@link KaplanMeier} so the estimator's queries stay short.
 */
record KaplanMeierFit(
    double[] times, double[] survival, double[] greenwoodSums, int[] atRisk, int[] events) {

  static KaplanMeierFit of(double[] sortedEvents, double[] sortedCensored) {
    int capacity = sortedEvents.length;
    double[] times = new double[capacity];
    double[] survival = new double[capacity];
    double[] greenwood = new double[capacity];
    int[] atRisk = new int[capacity];
    int[] events = new int[capacity];
    int remaining = sortedEvents.length + sortedCensored.length;
    int e = 0;
    int c = 0;
    int points = 0;
    double s = 1.0;
    double sum = 0.0;
    while (e < sortedEvents.length) {
      double t = sortedEvents[e];
      while (c < sortedCensored.length && sortedCensored[c] < t) {
        c++;
        remaining--;
      }
      int d = 0;
      while (e < sortedEvents.length && sortedEvents[e] == t) {
        e++;
        d++;
      }
      s *= 1.0 - (double) d / remaining;
      sum +=
          remaining == d
              ? Double.POSITIVE_INFINITY
              : (double) d / (remaining * (double) (remaining - d));
      times[points] = t;
      survival[points] = s;
      greenwood[points] = sum;
      atRisk[points] = remaining;
      events[points] = d;
      points++;
      remaining -= d;
    }
    return new KaplanMeierFit(
        Arrays.copyOf(times, points),
        Arrays.copyOf(survival, points),
        Arrays.copyOf(greenwood, points),
        Arrays.copyOf(atRisk, points),
        Arrays.copyOf(events, points));
  }
}
