package org.precinct.engine.model;

import org.precinct.engine.kernel.Ticks;

/**
 * A Poisson rate that is constant within each elapsed hour, with its integral cached as prefix
 * sums, so {@link ModelCalendar#nextArrival} finds the next event by inverting the integrated rate
 * in logarithmic time, however sparse the process.
 */
abstract class HourlyRate {
  private double[] perTick;
  private double[] cumulative;

  /** Events per hour during elapsed hour {@code hour}. */
  abstract double perHour(int hour);

  /** Forgets the cache after the rate changed. */
  final void invalidate() {
    perTick = null;
  }

  final double[] perTick(int hours) {
    ensure(hours);
    return perTick;
  }

  /** Expected events from time 0 to the start of each hour; {@code hours + 1} entries. */
  final double[] cumulative(int hours) {
    ensure(hours);
    return cumulative;
  }

  private void ensure(int hours) {
    if (perTick == null) {
      perTick = new double[hours];
      cumulative = new double[hours + 1];
      for (int h = 0; h < hours; h++) {
        perTick[h] = Math.max(0.0, perHour(h)) / Ticks.HOUR;
        cumulative[h + 1] = cumulative[h] + perTick[h] * Ticks.HOUR;
      }
    }
  }
}
