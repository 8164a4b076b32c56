package org.precinct.engine.random;

import java.util.Arrays;

/**
 * A rate that is constant between change points, with an exact maximum over any interval, for
 * arrival intensities given per phase of a campaign.
 */
final class PiecewiseConstantRate implements RateFunction {

  private final long[] startTicks;
  private final double[] ratesPerHour;

  private PiecewiseConstantRate(long[] startTicks, double[] ratesPerHour) {
    this.startTicks = startTicks;
    this.ratesPerHour = ratesPerHour;
  }

  static PiecewiseConstantRate of(long[] startTicks, double[] ratesPerHour) {
    RateKnots.validate("piecewise-constant rate", startTicks, ratesPerHour);
    return new PiecewiseConstantRate(startTicks.clone(), ratesPerHour.clone());
  }

  @Override
  public double ratePerHour(long ticks) {
    int piece = pieceAt(ticks);
    return piece < 0 ? 0.0 : ratesPerHour[piece];
  }

  @Override
  public double maxRatePerHour(long fromTicks, long toTicks) {
    int first = pieceAt(fromTicks);
    double max = first < 0 ? 0.0 : ratesPerHour[first];
    for (int i = first + 1; i < startTicks.length && startTicks[i] < toTicks; i++) {
      max = Math.max(max, ratesPerHour[i]);
    }
    return max;
  }

  /** Returns the index of the piece containing the time, or -1 before the first start. */
  private int pieceAt(long ticks) {
    int index = Arrays.binarySearch(startTicks, ticks);
    return index >= 0 ? index : -index - 2;
  }
}
