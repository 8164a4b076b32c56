package org.precinct.engine.spec;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.collections.api.set.ImmutableSet;

/**
 * Reviewers on duty in the scenario's local time on some weekdays; a shift with {@code to} before
 * {@code from} runs past midnight into the next day, and {@code from == to} is a 24-hour shift.
 *
 * @param days the weekdays on which the shift starts
 */
public record ShiftSpec(ImmutableSet<DayOfWeek> days, LocalTime from, LocalTime to, int staff) {
  public ShiftSpec {
    Require.nonNull(days, "shift days");
    Require.nonNull(from, "shift from");
    Require.nonNull(to, "shift to");
    Require.nonNegative(staff, "shift staff");
  }
}
