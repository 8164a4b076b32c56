package org.precinct.charts.scale;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps simulation time (milliseconds since the scenario start) to the time axis of every dated
 * chart: days relative to election day in the scenario's zone, so 0 is the start of election day,
 * -7 a week before, and a fraction is the share of that calendar day elapsed (a 23- or 25-hour DST
 * day still spans exactly one unit).
 *
 * @param start the scenario start
 * @param electionDay election day in the scenario zone
 * @param zone the scenario zone
 */
public record DayScale(
    ZonedDateTime start, LocalDate electionDay, ZoneId zone, boolean calendarLabels) {

  /** A scale whose tick labels name the day relative to election day and the date. */
  public DayScale(ZonedDateTime start, LocalDate electionDay, ZoneId zone) {
    this(start, electionDay, zone, false);
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.US);
  private static final int[] TICK_STEPS_DAYS = {1, 2, 7, 14, 28, 56, 91};

  /** Validates the scale. */
  public DayScale {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(electionDay, "electionDay");
    Objects.requireNonNull(zone, "zone");
  }

  /** Returns the axis position of a simulation time. */
  public double x(long ticks) {
    return x(start.plus(Duration.ofMillis(ticks)));
  }

  /** Returns the axis position of a calendar instant. */
  public double x(ZonedDateTime time) {
    ZonedDateTime local = time.withZoneSameInstant(zone);
    LocalDate day = local.toLocalDate();
    ZonedDateTime midnight = day.atStartOfDay(zone);
    double dayMillis = Duration.between(midnight, day.plusDays(1).atStartOfDay(zone)).toMillis();
    double elapsed = Duration.between(midnight, local).toMillis();
    return ChronoUnit.DAYS.between(electionDay, day) + elapsed / dayMillis;
  }

  /** Returns the calendar day an axis position falls in. */
  public LocalDate date(double x) {
    return electionDay.plusDays((long) Math.floor(x + 1e-9));
  }

  /**
   * Returns the tick label of an axis position, e.g. "E-7 · 29 Oct", or the date alone ("29 Oct")
   * on a scale of calendar labels (a scenario of several elections, each with its own E-n).
   */
  public String label(double x) {
    if (calendarLabels) {
      return DATE.format(date(x));
    }
    long day = (long) Math.floor(x + 1e-9);
    return relativeLabel(day) + " \u00b7 " + DATE.format(date(x));
  }

  /** Returns the E-n name of a day relative to election day: "E-7", "E-day", "E+1". */
  public static String relativeLabel(long daysRelative) {
    if (daysRelative == 0) {
      return "E-day";
    }
    return daysRelative < 0 ? "E" + daysRelative : "E+" + daysRelative;
  }

  /**
   * Returns the tick spacing in days (1, 2, 7, 14, 28, 56 or 91) that puts at most {@code maxTicks}
   * ticks on a span; ticks sit on multiples of it, so election day is always one.
   */
  public static int tickStepDays(double spanDays, int maxTicks) {
    if (maxTicks < 1) {
      throw new IllegalArgumentException("maxTicks must be at least 1, was " + maxTicks);
    }
    for (int step : TICK_STEPS_DAYS) {
      if (spanDays / step <= maxTicks) {
        return step;
      }
    }
    return TICK_STEPS_DAYS[TICK_STEPS_DAYS.length - 1];
  }
}
