package org.precinct.charts.scale;

/**
 * Axis-range arithmetic: the data extent of arrays that may hold NaN, "nice" tick units (1, 2, 2.5
 * or 5 times a power of ten, as in Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990)
 * and an upper bound that is a whole number of ticks above the data.
 */
public final class AxisRanges {

  private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};
  private static final int[] HOUR_STEPS = {1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672};

  private AxisRanges() {}

  /** Returns the largest finite value in the arrays, or 0 when there is none. */
  public static double maxFinite(double[]... arrays) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] array : arrays) {
      for (double v : array) {
        if (Double.isFinite(v) && v > max) {
          max = v;
        }
      }
    }
    return max == Double.NEGATIVE_INFINITY ? 0 : max;
  }

  /** Returns the smallest finite value in the arrays, or 0 when there is none. */
  public static double minFinite(double[]... arrays) {
    double min = Double.POSITIVE_INFINITY;
    for (double[] array : arrays) {
      for (double v : array) {
        if (Double.isFinite(v) && v < min) {
          min = v;
        }
      }
    }
    return min == Double.POSITIVE_INFINITY ? 0 : min;
  }

  /** Returns the smallest nice number (1, 2, 2.5, 5 times a power of ten) at least {@code v}. */
  public static double niceCeiling(double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : NICE_STEPS) {
      double candidate = step * power;
      if (candidate >= v * (1 - 1e-12)) {
        return candidate;
      }
    }
    return 10 * power;
  }

  /** Returns the nice tick unit that splits {@code [0, span]} into at most {@code maxTicks}. */
  public static double tickUnit(double span, int maxTicks) {
    if (maxTicks < 1) {
      throw new IllegalArgumentException("maxTicks must be at least 1, was " + maxTicks);
    }
    return niceCeiling(span / maxTicks);
  }

  /**
   * Returns the upper bound of a zero-based axis: the data maximum plus a little headroom, rounded
   * up to a whole tick unit, and 1 for empty or all-zero data.
   */
  public static double niceUpper(double dataMax, int maxTicks) {
    if (!(dataMax > 0) || !Double.isFinite(dataMax)) {
      return 1;
    }
    double padded = dataMax * 1.04;
    double unit = tickUnit(padded, maxTicks);
    return Math.ceil(padded / unit - 1e-9) * unit;
  }

  /**
   * Returns the tick spacing of an hours axis that keeps whole days whole: 1, 2, 3, 6 or 12 hours,
   * then 1, 2 or 3 days, then 1, 2 or 4 weeks, whichever first gives at most {@code maxTicks}.
   */
  public static int hourStep(double spanHours, int maxTicks) {
    if (maxTicks < 1) {
      throw new IllegalArgumentException("maxTicks must be at least 1, was " + maxTicks);
    }
    for (int step : HOUR_STEPS) {
      if (spanHours / step <= maxTicks) {
        return step;
      }
    }
    return HOUR_STEPS[HOUR_STEPS.length - 1];
  }
}
