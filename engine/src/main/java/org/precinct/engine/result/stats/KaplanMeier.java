package org.precinct.engine.result.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The Kaplan-Meier product-limit estimate of a survival curve from right-censored times, because
 * many accounts are never caught within the window and a mean over the caught ones alone misleads.
 *
 * <p>{@code S(t) = prod over event times t_i <= t of (1 - d_i / n_i)}, where {@code d_i} events
 * happen at {@code t_i} and {@code n_i} subjects have a time {@code >= t_i}: at equal times, events
 * come before censorings (a subject censored at {@code t_i} was still at risk). Greenwood's
 * variance {@code S^2 sum d_i / (n_i (n_i - d_i))}; confidence bounds on the log-log scale
 * (Kalbfleisch and Prentice), which stay inside [0, 1]. Beyond the largest observed time the curve
 * is held at its last value. References: E. L. Kaplan and P. Meier, JASA 53, 1958; M. Greenwood,
 * 1926; J. D. Kalbfleisch and R. L. Prentice, The Statistical Analysis of Failure Time Data (2002),
 * section 1.4.
 */
public final class KaplanMeier {

  private final double[] times;
  private final double[] survival;
  private final double[] greenwoodSums;
  private final int[] atRisk;
  private final int[] events;
  private final int subjects;

  private KaplanMeier(KaplanMeierFit fit, int subjects) {
    this.times = fit.times();
    this.survival = fit.survival();
    this.greenwoodSums = fit.greenwoodSums();
    this.atRisk = fit.atRisk();
    this.events = fit.events();
    this.subjects = subjects;
  }

  /** Estimates the curve from times and, per time, whether the event was observed. */
  public static KaplanMeier fit(double[] times, boolean[] eventObserved) {
    if (times.length != eventObserved.length) {
      throw new IllegalArgumentException(
          times.length + " times but " + eventObserved.length + " event flags");
    }
    TimeToEventSample sample = new TimeToEventSample();
    for (int i = 0; i < times.length; i++) {
      sample.add(times[i], eventObserved[i]);
    }
    return sample.fit();
  }

  static KaplanMeier fromSorted(double[] sortedEvents, double[] sortedCensored) {
    KaplanMeierFit fit = KaplanMeierFit.of(sortedEvents, sortedCensored);
    return new KaplanMeier(fit, sortedEvents.length + sortedCensored.length);
  }

  /** Returns the estimated probability of no event by time {@code t} (inclusive). */
  public double survivalAt(double t) {
    int index = lastEventAtOrBefore(t);
    return index < 0 ? 1.0 : survival[index];
  }

  /** Returns the estimated share of subjects that reached the event within time {@code t}. */
  public double shareReachedWithin(double t) {
    return 1.0 - survivalAt(t);
  }

  /** Returns the estimated share that never reached the event by the window end. */
  public double shareNeverReachedBy(double windowEnd) {
    return survivalAt(windowEnd);
  }

  /** Returns Greenwood's variance of {@code S(t)}. */
  public double greenwoodVariance(double t) {
    int index = lastEventAtOrBefore(t);
    if (index < 0 || survival[index] == 0) {
      return 0.0;
    }
    return survival[index] * survival[index] * greenwoodSums[index];
  }

  /**
   * Returns the restricted mean time to event up to {@code horizon}, the area under {@code S} from
   * 0 to the horizon: the expected time without the event, capped at the horizon.
   */
  public double restrictedMean(double horizon) {
    if (!(horizon >= 0)) {
      throw new IllegalArgumentException("horizon must be >= 0, was " + horizon);
    }
    double area = 0;
    double previousTime = 0;
    double level = 1.0;
    for (int i = 0; i < times.length && times[i] <= horizon; i++) {
      area += level * (times[i] - previousTime);
      previousTime = times[i];
      level = survival[i];
    }
    return area + level * (horizon - previousTime);
  }

  /** Returns the curve at each event time with log-log confidence bounds at {@code level}. */
  public ImmutableList<SurvivalPoint> curve(double level) {
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    MutableList<SurvivalPoint> points = Lists.mutable.withInitialCapacity(times.length);
    for (int i = 0; i < times.length; i++) {
      double s = survival[i];
      double low = s;
      double high = s;
      if (s > 0 && s < 1) {
        double se = Math.sqrt(greenwoodSums[i]) / Math.abs(Math.log(s));
        low = Math.pow(s, Math.exp(z * se));
        high = Math.pow(s, Math.exp(-z * se));
      }
      points.add(new SurvivalPoint(times[i], s, low, high, atRisk[i], events[i]));
    }
    return points.toImmutable();
  }

  /** Returns the distinct event times, ascending. */
  public double[] eventTimes() {
    return times.clone();
  }

  /** Returns {@code S} just after each event time. */
  public double[] survival() {
    return survival.clone();
  }

  /** Returns the number of subjects, events and censorings together. */
  public int subjects() {
    return subjects;
  }

  private int lastEventAtOrBefore(double t) {
    int index = Arrays.binarySearch(times, t);
    return index >= 0 ? index : -index - 2;
  }
}
