package org.precinct.engine.random;

/**
 * A time-varying arrival rate for {@link NonHomogeneousPoisson}, with an upper bound over any
 * interval so that thinning never skips a burst that falls between two rate changes.
 */
public interface RateFunction {

  /** Returns the rate per hour at a time, {@code >= 0}. */
  double ratePerHour(long ticks);

  /**
   * Returns an upper bound of the rate per hour over [fromTicks, toTicks); a bound that is too low
   * is detected when a rate above it is met, and fails loudly.
   */
  double maxRatePerHour(long fromTicks, long toTicks);

  /** Returns this rate multiplied by a non-negative factor, for scaling an intensity. */
  default RateFunction scaled(double factor) {
    Samplers.nonNegative("rate factor", factor);
    RateFunction base = this;
    return new RateFunction() {
      @Override
      public double ratePerHour(long ticks) {
        return factor * base.ratePerHour(ticks);
      }

      @Override
      public double maxRatePerHour(long fromTicks, long toTicks) {
        return factor * base.maxRatePerHour(fromTicks, toTicks);
      }
    };
  }

  /** A constant rate per hour. */
  static RateFunction constant(double ratePerHour) {
    return PiecewiseConstantRate.of(new long[] {0}, new double[] {ratePerHour});
  }

  /**
   * A rate that changes in steps: {@code ratesPerHour[i]} from {@code startTicks[i]} until the next
   * start; zero before the first start.
   */
  static RateFunction piecewiseConstant(long[] startTicks, double[] ratesPerHour) {
    return PiecewiseConstantRate.of(startTicks, ratesPerHour);
  }

  /**
   * A rate interpolated linearly between knots, constant before the first and after the last; for
   * intensities that ramp toward election day.
   */
  static RateFunction piecewiseLinear(long[] knotTicks, double[] ratesPerHour) {
    return PiecewiseLinearRate.of(knotTicks, ratesPerHour);
  }

  /** A linear ramp from one rate to another between two times, constant outside them. */
  static RateFunction ramp(long fromTicks, double fromRatePerHour, long toTicks, double toRate) {
    return PiecewiseLinearRate.of(
        new long[] {fromTicks, toTicks}, new double[] {fromRatePerHour, toRate});
  }
}
