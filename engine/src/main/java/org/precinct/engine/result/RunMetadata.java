package org.precinct.engine.result;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What was run and how, carried by every result so a chart caption or report needs nothing else:
 * scenario, seed, replications, version, variant, calendar and markers.
 *
 * @param scenarioHash a content hash of the scenario (the scenarios module computes it; may be
 *     empty for scenarios built in code)
 * @param variant the name of the intervention mix or experiment variant; "baseline" by default
 * @param confidenceLevel e.g. 0.95 for the intervals in the result
 * @param elections of a scenario that declares several: each election day's start (in its zone),
 *     labelled with the election; empty for a scenario of one election
 */
public record RunMetadata(
    String scenarioId,
    String title,
    String marking,
    String scenarioHash,
    long seed,
    int replications,
    String precinctVersion,
    String variant,
    double confidenceLevel,
    ZoneId zone,
    ZonedDateTime start,
    LocalDate electionDay,
    ZonedDateTime end,
    ImmutableList<TimeMarker> milestones,
    ImmutableList<TimeMarker> injects,
    ImmutableList<String> interventionsOn,
    ImmutableList<ElectionMarker> elections) {

  /** The metadata of a run of a scenario of one election. */
  public RunMetadata(
      String scenarioId,
      String title,
      String marking,
      String scenarioHash,
      long seed,
      int replications,
      String precinctVersion,
      String variant,
      double confidenceLevel,
      ZoneId zone,
      ZonedDateTime start,
      LocalDate electionDay,
      ZonedDateTime end,
      ImmutableList<TimeMarker> milestones,
      ImmutableList<TimeMarker> injects,
      ImmutableList<String> interventionsOn) {
    this(
        scenarioId,
        title,
        marking,
        scenarioHash,
        seed,
        replications,
        precinctVersion,
        variant,
        confidenceLevel,
        zone,
        start,
        electionDay,
        end,
        milestones,
        injects,
        interventionsOn,
        org.eclipse.collections.api.factory.Lists.immutable.empty());
  }

  /** The date of election {@code e} (of several) in its own zone. */
  public LocalDate electionDate(int e) {
    return elections.get(e).day();
  }

  /** The index of the election with id {@code id} among several, or -1. */
  public int electionIndex(String id) {
    for (int e = 0; e < elections.size(); e++) {
      if (elections.get(e).id().equals(id)) {
        return e;
      }
    }
    return -1;
  }

  /** Whether the run's scenario holds several elections (its axes are calendar dates). */
  public boolean severalElections() {
    return !elections.isEmpty();
  }

  /** The calendar instant of a simulation time, in the scenario zone. */
  public ZonedDateTime dateTimeAt(long ticks) {
    return start.toInstant().plusMillis(ticks).atZone(zone);
  }

  /**
   * The start of bin {@code i}: midnight of calendar day i (day 0 starts at {@code start}) or start
   * + i hours.
   */
  public ZonedDateTime binStart(SeriesResolution resolution, int i) {
    if (resolution == SeriesResolution.HOUR) {
      return start.plusHours(i).withZoneSameInstant(zone);
    }
    return i == 0 ? start : date(i).atStartOfDay(zone);
  }

  /** The local date of calendar day {@code day} since the start. */
  public LocalDate date(int day) {
    return start.withZoneSameInstant(zone).toLocalDate().plusDays(day);
  }

  /** Days relative to election day of calendar day {@code day} (E-10 is -10, E+1 is 1). */
  public int daysRelativeToElection(int day) {
    return (int) ChronoUnit.DAYS.between(electionDay, date(day));
  }

  /** The calendar day index of election day. */
  public int electionDayIndex() {
    return (int)
        ChronoUnit.DAYS.between(start.withZoneSameInstant(zone).toLocalDate(), electionDay);
  }

  /** Hours elapsed from the start to a simulation time. */
  public static double hoursAt(long ticks) {
    return ticks / 3_600_000.0;
  }

  /** A label such as "E-10", "E-day" or "E+1" for calendar day {@code day}. */
  public String electionLabel(int day) {
    int rel = daysRelativeToElection(day);
    return rel == 0 ? "E-day" : rel < 0 ? "E" + rel : "E+" + rel;
  }
}
