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
   * Returns the curve as drawn: starting at hour 0 with nothing reached (unless a step is already
   * there) and carried flat to {@code endHour} when that is after the last step.
   */
  public StepCurve anchored(double endHour) {
    boolean prepend = hours.length == 0 || hours[0] > 0;
    boolean append = endHour > (hours.length == 0 ? 0 : hours[hours.length - 1]);
    int n = hours.length + (prepend ? 1 : 0) + (append ? 1 : 0);
    double[] h = new double[n];
    double[] s = new double[n];
    double[] l = new double[n];
    double[] u = new double[n];
    int offset = prepend ? 1 : 0;
    System.arraycopy(hours, 0, h, offset, hours.length);
    System.arraycopy(share, 0, s, offset, share.length);
    System.arraycopy(low, 0, l, offset, low.length);
    System.arraycopy(high, 0, u, offset, high.length);
    if (append) {
      int last = n - 1;
      h[last] = endHour;
      s[last] = last > 0 ? s[last - 1] : 0;
      l[last] = last > 0 ? l[last - 1] : 0;
      u[last] = last > 0 ? u[last - 1] : 0;
    }
    return new StepCurve(h, s, l, u);
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
