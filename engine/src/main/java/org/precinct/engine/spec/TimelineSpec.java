package org.precinct.engine.spec;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The scenario's calendar: maps simulation ticks (milliseconds since {@code start}) to instants,
 * calendar days in the scenario zone and days relative to election day, so that shifts, daily bins
 * and E-n labels stay right across a daylight-saving change (a 23- or 25-hour day).
 *
 * @param start the first instant simulated; converted to {@code zone}
 * @param electionDay the calendar date of the vote in {@code zone}
 * @param end the instant the run stops; converted to {@code zone}
 * @param warmUpTicks the end of the warm-up in ticks since {@code start} (0 for none): a midnight
 *     in {@code zone} before {@code end}; every statistic but the daily and hourly series counts
 *     from it
 * @param elections the elections of a scenario that holds several, each with its own day and zone
 *     (empty: one election, {@code electionDay} in {@code zone}); with several, {@code zone} is the
 *     calendar of the daily bins and {@code electionDay} the first election's day, which moments
 *     written "E-n" outside an election's own campaigns count from
 */
public record TimelineSpec(
    ZonedDateTime start,
    LocalDate electionDay,
    ZonedDateTime end,
    ZoneId zone,
    ImmutableList<MilestoneSpec> milestones,
    long warmUpTicks,
    ImmutableList<ElectionSpec> elections) {

  /** A timeline of one election. */
  public TimelineSpec(
      ZonedDateTime start,
      LocalDate electionDay,
      ZonedDateTime end,
      ZoneId zone,
      ImmutableList<MilestoneSpec> milestones,
      long warmUpTicks) {
    this(start, electionDay, end, zone, milestones, warmUpTicks, Lists.immutable.empty());
  }

  /** A timeline without warm-up. */
  public TimelineSpec(
      ZonedDateTime start,
      LocalDate electionDay,
      ZonedDateTime end,
      ZoneId zone,
      ImmutableList<MilestoneSpec> milestones) {
    this(start, electionDay, end, zone, milestones, 0L);
  }

  public TimelineSpec {
    Require.nonNull(zone, "zone");
    start = Require.nonNull(start, "start").withZoneSameInstant(zone);
    end = Require.nonNull(end, "end").withZoneSameInstant(zone);
    Require.nonNull(electionDay, "electionDay");
    Require.nonNull(milestones, "milestones");
    Require.nonNull(elections, "elections");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("timeline end " + end + " must be after start " + start);
    }
    if (warmUpTicks < 0) {
      throw new IllegalArgumentException("warm-up must not end before the start: " + warmUpTicks);
    }
    if (warmUpTicks > 0) {
      ZonedDateTime warmUpEnd = start.toInstant().plusMillis(warmUpTicks).atZone(zone);
      if (!warmUpEnd.isBefore(end)) {
        throw new IllegalArgumentException(
            "warm-up end " + warmUpEnd + " must be before the end " + end);
      }
      if (!warmUpEnd.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        throw new IllegalArgumentException(
            "warm-up end " + warmUpEnd + " must be a midnight in " + zone);
      }
    }
  }

  /** This timeline with its warm-up ending at {@code ticks} (0 for none). */
  public TimelineSpec withWarmUpTicks(long ticks) {
    return new TimelineSpec(start, electionDay, end, zone, milestones, ticks, elections);
  }

  /**
   * The elections of the scenario: those declared, or the single election of {@code electionDay} in
   * {@code zone} (id "election").
   */
  public ImmutableList<ElectionSpec> electionList() {
    if (!elections.isEmpty()) {
      return elections;
    }
    return Lists.immutable.of(
        new ElectionSpec(
            "election",
            "Election",
            electionDay,
            zone,
            milestones,
            null,
            Lists.immutable.empty(),
            Lists.immutable.empty(),
            Lists.immutable.empty(),
            ""));
  }

  /**
   * The index in {@link #electionList} of the election of a campaign (or, with an empty campaign
   * id, of a benign stream): the election listing it, else the one listing its channel, else 0.
   */
  public int electionIndexOf(String campaignId, String channelId) {
    for (int e = 0; e < elections.size(); e++) {
      if (!campaignId.isEmpty() && elections.get(e).campaignIds().contains(campaignId)) {
        return e;
      }
    }
    for (int e = 0; e < elections.size(); e++) {
      if (elections.get(e).channelIds().contains(channelId)) {
        return e;
      }
    }
    return 0;
  }

  /**
   * The index in {@link #electionList} of the election of a benign stream: the election listing it,
   * else the one listing its channel, else 0.
   */
  public int streamElectionIndexOf(String streamId, String channelId) {
    for (int e = 0; e < elections.size(); e++) {
      if (elections.get(e).streamIds().contains(streamId)) {
        return e;
      }
    }
    return electionIndexOf("", channelId);
  }

  /** Whether the scenario declares its elections (several, or one named). */
  public boolean hasElections() {
    return !elections.isEmpty();
  }

  /** The simulation time of midnight starting an election's day in its zone. */
  public long electionDayStartTicks(ElectionSpec election) {
    return ticksAt(election.electionDay().atStartOfDay(election.zone()));
  }

  /** This timeline with other elections (their milestones stay as they are in the timeline's). */
  public TimelineSpec withElections(ImmutableList<ElectionSpec> newElections) {
    return new TimelineSpec(start, electionDay, end, zone, milestones, warmUpTicks, newElections);
  }

  /** Whether the first days are a warm-up deleted from the statistics. */
  public boolean hasWarmUp() {
    return warmUpTicks > 0;
  }

  /** The simulation time at which the run ends. */
  public long endTicks() {
    return ticksAt(end);
  }

  /** The simulation time of midnight starting election day in the scenario zone. */
  public long electionDayStartTicks() {
    return ticksAt(electionDay.atStartOfDay(zone));
  }

  /** The instant a simulation time stands for. */
  public Instant instantAt(long ticks) {
    return start.toInstant().plusMillis(ticks);
  }

  /** The local date and time in the scenario zone of a simulation time. */
  public ZonedDateTime dateTimeAt(long ticks) {
    return instantAt(ticks).atZone(zone);
  }

  /** The simulation time of a calendar instant (negative before the start). */
  public long ticksAt(ZonedDateTime dateTime) {
    return Duration.between(start.toInstant(), dateTime.toInstant()).toMillis();
  }

  /** The calendar day in the zone since the start day (0 on the start day), DST-correct. */
  public int dayIndex(long ticks) {
    return (int) ChronoUnit.DAYS.between(start.toLocalDate(), dateTimeAt(ticks).toLocalDate());
  }

  /** Days relative to election day: -10 for E-10, 0 on election day, 1 for E+1. */
  public int daysRelativeToElection(long ticks) {
    return (int) ChronoUnit.DAYS.between(electionDay, dateTimeAt(ticks).toLocalDate());
  }

  /** The number of calendar days touched by the run (the last partial day counts). */
  public int dayCount() {
    return dayIndex(endTicks() - 1) + 1;
  }

  /**
   * The simulation time at which calendar day {@code day} begins (negative for day 0 when the start
   * is not at midnight).
   */
  public long dayStartTicks(int day) {
    return ticksAt(start.toLocalDate().plusDays(day).atStartOfDay(zone));
  }

  /** The local date of calendar day {@code day}. */
  public LocalDate date(int day) {
    return start.toLocalDate().plusDays(day);
  }

  /** The number of whole-or-partial hours the run spans (the size of hourly series). */
  public int hourCount() {
    return (int) ((endTicks() + 3_599_999L) / 3_600_000L);
  }
}
