package org.precinct.engine.model;

/** A component that accrues per hour and settles per day (the bookkeeping ticks call it). */
interface PeriodListener {
  /** An hour (or its {@code fraction} at the window's end) has passed. */
  void onHour(double fraction);

  /** Day {@code day} has closed. */
  void onDay(int day);
}
