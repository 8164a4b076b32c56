package org.precinct.engine.kernel;

/**
 * Simulation time units: a tick is one millisecond since scenario start, held in a {@code long} so
 * that calendar arithmetic is exact, clocks never drift and the event heap compares integers (see
 * docs/decisions/0001-time-representation.md).
 *
 * <p>Conversions from {@code double} round to the nearest tick ({@link Math#round(double)}) and
 * reject NaN, infinite and out-of-range values, since a NaN cast to {@code long} silently becomes
 * zero.
 */
public final class Ticks {

  /** One millisecond, the resolution of simulation time. */
  public static final long MILLISECOND = 1L;

  /** Ticks in one second. */
  public static final long SECOND = 1_000L;

  /** Ticks in one minute. */
  public static final long MINUTE = 60 * SECOND;

  /** Ticks in one hour. */
  public static final long HOUR = 60 * MINUTE;

  /** Ticks in one day of 24 hours. */
  public static final long DAY = 24 * HOUR;

  /** Ticks in one week of seven 24-hour days. */
  public static final long WEEK = 7 * DAY;

  private Ticks() {}

  /** Converts seconds to ticks, rounding to the nearest millisecond. */
  public static long ofSeconds(double seconds) {
    return of(seconds, SECOND, "seconds");
  }

  /** Converts minutes to ticks, rounding to the nearest millisecond. */
  public static long ofMinutes(double minutes) {
    return of(minutes, MINUTE, "minutes");
  }

  /** Converts hours to ticks, rounding to the nearest millisecond. */
  public static long ofHours(double hours) {
    return of(hours, HOUR, "hours");
  }

  /** Converts 24-hour days to ticks, rounding to the nearest millisecond. */
  public static long ofDays(double days) {
    return of(days, DAY, "days");
  }

  /** Converts ticks to seconds. */
  public static double toSeconds(long ticks) {
    return ticks / (double) SECOND;
  }

  /** Converts ticks to minutes. */
  public static double toMinutes(long ticks) {
    return ticks / (double) MINUTE;
  }

  /** Converts ticks to hours. */
  public static double toHours(long ticks) {
    return ticks / (double) HOUR;
  }

  /** Converts ticks to 24-hour days. */
  public static double toDays(long ticks) {
    return ticks / (double) DAY;
  }

  private static long of(double amount, long unit, String unitName) {
    double ticks = amount * unit;
    if (!Double.isFinite(ticks) || Math.abs(ticks) >= 0x1p62) {
      throw new IllegalArgumentException(
          "cannot convert "
              + amount
              + " "
              + unitName
              + " to ticks: value must be finite and"
              + " within +/- 2^62 milliseconds");
    }
    return Math.round(ticks);
  }
}
