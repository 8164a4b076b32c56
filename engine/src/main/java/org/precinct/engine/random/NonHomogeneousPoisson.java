package org.precinct.engine.random;

import java.util.Objects;
import org.precinct.engine.kernel.Ticks;

/**
 * Arrival times of a Poisson process with a time-varying rate, by Lewis-Shedler thinning against a
 * bound taken window by window, so that a burst between two rate changes is never skipped and a
 * quiet period costs few draws.
 *
 * <p>Time is split into windows of {@code boundWindowTicks} aligned to zero. In each window the
 * candidate process runs at the window's bound from {@link RateFunction#maxRatePerHour}; a
 * candidate at time {@code t} is kept with probability {@code rate(t) / bound}. When a candidate
 * overshoots the window, the process restarts at the window's end (exact, since the exponential is
 * memoryless). Candidates live in continuous time; an arrival is reported at the tick that contains
 * it (its floor). Reference: P. A. W. Lewis and G. S. Shedler, "Simulation of nonhomogeneous
 * Poisson processes by thinning", Naval Research Logistics Quarterly 26(3), 1979.
 */
public final class NonHomogeneousPoisson {

  /** Returned by {@link #nextArrival} when no arrival falls before the end time. */
  public static final long NONE = -1L;

  private final RateFunction rate;
  private final long boundWindowTicks;

  /** Creates the process with hour-long bound windows. */
  public NonHomogeneousPoisson(RateFunction rate) {
    this(rate, Ticks.HOUR);
  }

  /** Creates the process with bound windows of the given length (shorter: tighter bounds). */
  public NonHomogeneousPoisson(RateFunction rate, long boundWindowTicks) {
    this.rate = Objects.requireNonNull(rate, "rate function");
    if (boundWindowTicks <= 0) {
      throw new IllegalArgumentException(
          "bound window must be positive, was " + boundWindowTicks + " ticks");
    }
    this.boundWindowTicks = boundWindowTicks;
  }

  /**
   * Returns the tick of the first arrival at or after {@code afterTicks} and before {@code
   * endTicks}, or {@link #NONE}; call again with the returned tick for the next arrival.
   *
   * @throws IllegalStateException if the rate exceeds the rate function's own bound
   */
  public long nextArrival(long afterTicks, long endTicks, RandomStream stream) {
    if (afterTicks < 0 || endTicks < afterTicks) {
      throw new IllegalArgumentException(
          "need 0 <= afterTicks <= endTicks, got " + afterTicks + " and " + endTicks);
    }
    double t = afterTicks;
    while (t < endTicks) {
      long windowStart = (long) t;
      long windowEnd =
          Math.min(endTicks, (Math.floorDiv(windowStart, boundWindowTicks) + 1) * boundWindowTicks);
      double bound = rate.maxRatePerHour(windowStart, windowEnd);
      double accepted = thinWindow(t, windowEnd, bound, stream);
      if (accepted >= 0) {
        return (long) accepted;
      }
      t = windowEnd;
    }
    return NONE;
  }

  /** Runs the candidate process in one window; returns the accepted time or -1. */
  private double thinWindow(double from, long windowEnd, double bound, RandomStream stream) {
    if (!(bound >= 0 && bound < Double.POSITIVE_INFINITY)) {
      throw new IllegalStateException("rate bound must be finite and >= 0, was " + bound);
    }
    if (bound == 0) {
      return -1;
    }
    double meanGapTicks = Ticks.HOUR / bound;
    double t = from;
    while (true) {
      t += stream.exponential(meanGapTicks);
      if (t >= windowEnd) {
        return -1;
      }
      double actual = rate.ratePerHour((long) t);
      if (actual > bound) {
        throw new IllegalStateException(
            "rate " + actual + "/h at tick " + (long) t + " exceeds its bound " + bound + "/h");
      }
      if (stream.nextDouble() * bound < actual) {
        return t;
      }
    }
  }
}
