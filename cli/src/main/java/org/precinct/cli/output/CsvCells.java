package org.precinct.cli.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How numbers and times are written in every CSV table, so spreadsheets read them as numbers and
 * dates: numbers plainly with at most ten significant digits (36.1, not the binary noise
 * 36.099999999999994, and never 1.0E-5), times as local "2024-11-05 09:00:00" in the scenario zone
 * (Excel and LibreOffice both parse it as a date-time; an offset suffix makes Excel see text).
 */
public final class CsvCells {

  /** The significant digits kept: far below any simulated quantity's noise, far above float's. */
  public static final int SIGNIFICANT_DIGITS = 10;

  private static final MathContext PRECISION = new MathContext(SIGNIFICANT_DIGITS);

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private CsvCells() {}

  /** A number as a cell, or empty when undefined (NaN or infinite). */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(PRECISION).stripTrailingZeros().toPlainString();
  }

  /**
   * The local date-time of {@code time} in its zone, to the second, with a space before the time.
   */
  public static String localTime(ZonedDateTime time) {
    return LOCAL.format(time);
  }

  /**
   * The UTC offset in force at {@code time}, e.g. "-04:00", telling apart the repeated DST hour.
   */
  public static String offset(ZonedDateTime time) {
    return time.getOffset().getId().equals("Z") ? "+00:00" : time.getOffset().getId();
  }
}
