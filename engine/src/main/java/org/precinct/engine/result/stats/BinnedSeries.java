package org.precinct.engine.result.stats;

import java.util.Arrays;

/**
 * A time series over fixed bins of ticks (for example per hour or per day), holding either the sum
 * of amounts that fell in each bin (requests, harmful outputs) or the last value set in each bin (a
 * backlog level), in a primitive array so that recording costs no allocation.
 *
 * <p>Bin {@code i} covers [{@code i * binTicks}, {@code (i + 1) * binTicks}). Amounts at or after
 * the horizon are counted in {@link #overflow()} rather than dropped silently.
 */
public final class BinnedSeries {

  /** What a bin holds. */
  public enum Mode {
    /** The sum of the amounts added in the bin. */
    SUM,
    /** The last value set in the bin, carried forward into bins with no value. */
    LAST
  }

  private final Mode mode;
  private final long binTicks;
  private final double[] bins;
  private double overflow;

  private BinnedSeries(Mode mode, long binTicks, int binCount) {
    if (binTicks <= 0 || binCount <= 0) {
      throw new IllegalArgumentException(
          "bins need a positive width and count, got " + binTicks + " ticks x " + binCount);
    }
    this.mode = mode;
    this.binTicks = binTicks;
    this.bins = new double[binCount];
    if (mode == Mode.LAST) {
      Arrays.fill(bins, Double.NaN);
    }
  }

  /** A series of sums over bins of {@code binTicks} covering [0, horizonTicks). */
  public static BinnedSeries sums(long binTicks, long horizonTicks) {
    return new BinnedSeries(Mode.SUM, binTicks, binCount(binTicks, horizonTicks));
  }

  /** A series of last values over bins of {@code binTicks} covering [0, horizonTicks). */
  public static BinnedSeries lastValues(long binTicks, long horizonTicks) {
    return new BinnedSeries(Mode.LAST, binTicks, binCount(binTicks, horizonTicks));
  }

  private static int binCount(long binTicks, long horizonTicks) {
    if (binTicks <= 0 || horizonTicks <= 0) {
      throw new IllegalArgumentException(
          "bins need a positive width and horizon, got " + binTicks + " and " + horizonTicks);
    }
    return Math.toIntExact((horizonTicks + binTicks - 1) / binTicks);
  }

  /** Adds an amount at a time (sum mode). */
  public void add(long ticks, double amount) {
    requireMode(Mode.SUM, "add");
    int bin = binOf(ticks);
    if (bin < bins.length) {
      bins[bin] += amount;
    } else {
      overflow += amount;
    }
  }

  /** Sets the value at a time (last-value mode). */
  public void set(long ticks, double value) {
    requireMode(Mode.LAST, "set");
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("cannot set NaN at tick " + ticks);
    }
    int bin = binOf(ticks);
    if (bin < bins.length) {
      bins[bin] = value;
    } else {
      overflow = value;
    }
  }

  /**
   * Returns a copy of the bins; in last-value mode, empty bins carry the previous value forward and
   * bins before the first value are NaN.
   */
  public double[] values() {
    double[] values = bins.clone();
    if (mode == Mode.LAST) {
      for (int i = 1; i < values.length; i++) {
        if (Double.isNaN(values[i])) {
          values[i] = values[i - 1];
        }
      }
    }
    return values;
  }

  /** Returns a series with bins {@code factor} times wider (24 turns hours into days). */
  public BinnedSeries coarsen(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("coarsening factor must be >= 1, was " + factor);
    }
    int count = (bins.length + factor - 1) / factor;
    BinnedSeries coarse = new BinnedSeries(mode, binTicks * factor, count);
    double[] fine = values();
    for (int i = 0; i < fine.length; i++) {
      if (mode == Mode.SUM) {
        coarse.bins[i / factor] += fine[i];
      } else if (!Double.isNaN(fine[i])) {
        coarse.bins[i / factor] = fine[i];
      }
    }
    coarse.overflow = overflow;
    return coarse;
  }

  /** Returns the amount added at or after the horizon (sum mode), or the last such value. */
  public double overflow() {
    return overflow;
  }

  /** Returns the bin width in ticks. */
  public long binTicks() {
    return binTicks;
  }

  /** Returns the number of bins. */
  public int binCount() {
    return bins.length;
  }

  /** Returns what the bins hold. */
  public Mode mode() {
    return mode;
  }

  private int binOf(long ticks) {
    if (ticks < 0) {
      throw new IllegalArgumentException("binned series tick must be >= 0, was " + ticks);
    }
    long bin = ticks / binTicks;
    return bin >= bins.length ? bins.length : (int) bin;
  }

  private void requireMode(Mode required, String operation) {
    if (mode != required) {
      throw new IllegalStateException(
          operation + "() needs a " + required + " series, not " + mode);
    }
  }
}
