package org.precinct.scenarios.format;

import java.time.DayOfWeek;

/** Days of the week as shifts name them ("mon" to "sun"). */
public enum Weekday {
  MON(DayOfWeek.MONDAY),
  TUE(DayOfWeek.TUESDAY),
  WED(DayOfWeek.WEDNESDAY),
  THU(DayOfWeek.THURSDAY),
  FRI(DayOfWeek.FRIDAY),
  SAT(DayOfWeek.SATURDAY),
  SUN(DayOfWeek.SUNDAY);

  private final DayOfWeek day;

  Weekday(DayOfWeek day) {
    this.day = day;
  }

  /** The java.time day. */
  public DayOfWeek day() {
    return day;
  }

  /** The weekday for a java.time day. */
  public static Weekday of(DayOfWeek day) {
    return values()[day.ordinal()];
  }
}
