package org.precinct.engine.result.stats;

/**
 * The time-weighted average and maximum of a piecewise-constant quantity, such as a queue length or
 * the number of busy reviewers, which a plain mean over change events would misweight.
 *
 * <p>Call {@link #observe(long, double)} whenever the quantity changes; the previous value holds
 * until then. Observations before a {@link #reset(long)} (warm-up deletion) are discarded.
 */
public final class TimeWeightedStats {

  private long startTicks;
  private long lastTicks;
  private double value;
  private double area;
  private double max;

  /** Starts tracking at a time with an initial value. */
  public TimeWeightedStats(long startTicks, double initialValue) {
    this.startTicks = startTicks;
    this.lastTicks = startTicks;
    this.value = initialValue;
    this.max = initialValue;
  }

  /** Records that the quantity changed to {@code newValue} at {@code ticks}. */
  public void observe(long ticks, double newValue) {
    advance(ticks);
    value = newValue;
    max = Math.max(max, newValue);
  }

  /** Forgets everything before {@code ticks}, keeping the current value (warm-up deletion). */
  public void reset(long ticks) {
    advance(ticks);
    startTicks = ticks;
    area = 0;
    max = value;
  }

  /** Returns the average over [start, untilTicks], extending the current value to untilTicks. */
  public double average(long untilTicks) {
    checkNotBefore(untilTicks);
    long span = untilTicks - startTicks;
    if (span == 0) {
      return value;
    }
    return (area + value * (untilTicks - lastTicks)) / span;
  }

  /** Returns the largest value held since the start. */
  public double max() {
    return max;
  }

  /** Returns the current value. */
  public double current() {
    return value;
  }

  /** Returns the integral of the quantity over time, in value-ticks, up to {@code untilTicks}. */
  public double area(long untilTicks) {
    checkNotBefore(untilTicks);
    return area + value * (untilTicks - lastTicks);
  }

  private void advance(long ticks) {
    checkNotBefore(ticks);
    area += value * (ticks - lastTicks);
    lastTicks = ticks;
  }

  private void checkNotBefore(long ticks) {
    if (ticks < lastTicks) {
      throw new IllegalArgumentException(
          "time-weighted observation at " + ticks + " is before the last one at " + lastTicks);
    }
  }
}
