package org.precinct.engine.model;

/**
 * A Poisson rate that is constant within each elapsed hour, for {@link ModelCalendar#nextArrival}.
 */
@FunctionalInterface
interface HourlyRate {
  /** Events per hour during elapsed hour {@code hour}. */
  double perHour(int hour);
}
