package org.precinct.charts.scale;

import java.util.Arrays;

/**
 * Kaplan-Meier arithmetic for drawing: a curve of the share reached by each hour is a right-
 * continuous step function (Kaplan and Meier, JASA 1958), so its value at any hour is the last step
 * at or before it, it starts at (0, 0), and it stays flat after the last event until the end of
 * follow-up: that plateau is the share never reached within the window.
 *
 * @param hours step times in ascending order
 * @param share share reached at each step (1 - S(t)), non-decreasing, in [0, 1]
 * @param low lower confidence bound at each step
 * @param high upper confidence bound at each step
 */
public record StepCurve(double[] hours, double[] share, double[] low, double[] high) {

  /** Validates that the arrays line up and the times ascend. */
  public StepCurve {
    int n = hours.length;
    if (share.length != n || low.length != n || high.length != n) {
      throw new IllegalArgumentException(
          "hours, share, low and high must have the same length, were "
              + n
              + ", "
              + share.length
              + ", "
              + low.length
              + ", "
              + high.length);
    }
    for (int i = 1; i < n; i++) {
      if (hours[i] < hours[i - 1]) {
        throw new IllegalArgumentException(
            "hours must ascend, but " + hours[i] + " follows " + hours[i - 1]);
      }
    }
    hours = hours.clone();
    share = share.clone();
    low = low.clone();
    high = high.clone();
  }

  /** Returns the share reached by the given hour (0 before the first step). */
  public double valueAt(double hour) {
    int i = lastStepAtOrBefore(hour);
    return i < 0 ? 0 : share[i];
  }

  /** Returns the share never reached by the end of follow-up: 1 minus the final plateau. */
  public double neverReached() {
    return hours.length == 0 ? 1 : 1 - share[share.length - 1];
  }

  /**
   * Returns the first hour by which the curve is within {@code tolerance} of its final plateau (0
   * for an empty curve): after it the curve is flat for practical purposes.
   */
  public double settledBy(double tolerance) {
    if (hours.length == 0) {
      return 0;
    }
    double plateau = share[share.length - 1];
    for (int i = 0; i < hours.length; i++) {
      if (share[i] >= plateau - tolerance) {
        return hours[i];
      }
    }
    return hours[hours.length - 1];
  }

  /**
   * Returns the curve as drawn up to {@code endHour}: starting at hour 0 with nothing reached
   * (unless a step is already there), without the steps after {@code endHour}, and carried flat to
   * {@code endHour} at the value it has there.
   */
  public StepCurve anchored(double endHour) {
    int kept = lastStepAtOrBefore(endHour) + 1;
    boolean prepend = kept == 0 || hours[0] > 0;
    boolean append = endHour > (kept == 0 ? 0 : hours[kept - 1]);
    int offset = prepend ? 1 : 0;
    int n = kept + offset + (append ? 1 : 0);
    double[][] out = new double[4][n];
    double[][] in = {hours, share, low, high};
    for (int k = 0; k < 4; k++) {
      System.arraycopy(in[k], 0, out[k], offset, kept);
      if (append) {
        out[k][n - 1] = n > 1 ? out[k][n - 2] : 0;
      }
    }
    if (append) {
      out[0][n - 1] = endHour;
    }
    return new StepCurve(out[0], out[1], out[2], out[3]);
  }

  private int lastStepAtOrBefore(double hour) {
    int i = Arrays.binarySearch(hours, hour);
    if (i >= 0) {
      while (i + 1 < hours.length && hours[i + 1] == hour) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  @Override
  public double[] hours() {
    return hours.clone();
  }

  @Override
  public double[] share() {
    return share.clone();
  }

  @Override
  public double[] low() {
    return low.clone();
  }

  @Override
  public double[] high() {
    return high.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StepCurve c
        && Arrays.equals(hours, c.hours)
        && Arrays.equals(share, c.share)
        && Arrays.equals(low, c.low)
        && Arrays.equals(high, c.high);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hours) * 31 + Arrays.hashCode(share);
  }

  @Override
  public String toString() {
    return "StepCurve" + Arrays.toString(hours) + "->" + Arrays.toString(share);
  }
}
