package org.precinct.engine.random;

import java.util.Arrays;

/**
 * A rate interpolated linearly between knots and constant outside them, with an exact maximum over
 * any interval (a linear piece peaks at an end), for intensities that ramp up over weeks.
 */
final class PiecewiseLinearRate implements RateFunction {

  private final long[] knotTicks;
  private final double[] ratesPerHour;

  private PiecewiseLinearRate(long[] knotTicks, double[] ratesPerHour) {
    this.knotTicks = knotTicks;
    this.ratesPerHour = ratesPerHour;
  }

  static PiecewiseLinearRate of(long[] knotTicks, double[] ratesPerHour) {
    RateKnots.validate("piecewise-linear rate", knotTicks, ratesPerHour);
    return new PiecewiseLinearRate(knotTicks.clone(), ratesPerHour.clone());
  }

  @Override
  public double ratePerHour(long ticks) {
    int last = knotTicks.length - 1;
    if (ticks <= knotTicks[0]) {
      return ratesPerHour[0];
    }
    if (ticks >= knotTicks[last]) {
      return ratesPerHour[last];
    }
    int index = Arrays.binarySearch(knotTicks, ticks);
    if (index >= 0) {
      return ratesPerHour[index];
    }
    int right = -index - 1;
    int left = right - 1;
    double fraction = (ticks - knotTicks[left]) / (double) (knotTicks[right] - knotTicks[left]);
    return ratesPerHour[left] + fraction * (ratesPerHour[right] - ratesPerHour[left]);
  }

  @Override
  public double maxRatePerHour(long fromTicks, long toTicks) {
    double max = Math.max(ratePerHour(fromTicks), ratePerHour(toTicks));
    for (int i = 0; i < knotTicks.length; i++) {
      if (knotTicks[i] > fromTicks && knotTicks[i] < toTicks) {
        max = Math.max(max, ratesPerHour[i]);
      }
    }
    return max;
  }
}
