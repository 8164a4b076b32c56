package org.precinct.scenarios.build;

import java.time.ZonedDateTime;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.format.TimePoint;

/**
 * Resolves the moments written in a scenario to simulation ticks and checks they fall inside the
 * timeline; without a valid timeline it checks nothing (the timeline's own problems say why).
 */
final class TimeResolver {

  private final TimelineSpec timeline;
  private final Checks checks;
  private final ElectionSpec election;

  TimeResolver(TimelineSpec timeline, Checks checks) {
    this(timeline, checks, null);
  }

  private TimeResolver(TimelineSpec timeline, Checks checks, ElectionSpec election) {
    this.timeline = timeline;
    this.checks = checks;
    this.election = election;
  }

  /**
   * The resolver of the moments of a campaign of {@code election}: "E-n" counts from its day, and
   * dates and times are read in its zone.
   */
  TimeResolver forElection(ElectionSpec election) {
    return election == null || timeline == null || !timeline.hasElections()
        ? this
        : new TimeResolver(timeline, checks, election);
  }

  /** The election of a campaign, by its own id or else by its channel's: null for the first. */
  ElectionSpec electionOf(String electionId, String channelId) {
    if (timeline == null || !timeline.hasElections()) {
      return null;
    }
    for (ElectionSpec e : timeline.elections()) {
      if (electionId != null ? e.id().equals(electionId) : e.channelIds().contains(channelId)) {
        return e;
      }
    }
    return null;
  }

  TimelineSpec timeline() {
    return timeline;
  }

  /** The ticks of a moment that must lie in [start, end]. */
  long at(TimePoint point, String path) {
    if (timeline == null || point == null) {
      return 0;
    }
    long ticks =
        election == null
            ? timeline.ticksAt(point.resolve(timeline.electionDay(), timeline.zone()))
            : timeline.ticksAt(point.resolve(election.electionDay(), election.zone()));
    if (ticks < 0 || ticks > timeline.endTicks()) {
      checks.report(
          path,
          "outside the timeline",
          "a moment from " + describe(0) + " to " + describe(timeline.endTicks()));
    }
    return ticks;
  }

  /** The ticks of a window [from, to) inside the timeline, checking that it is not empty. */
  long[] window(TimePoint from, TimePoint to, String path) {
    if (timeline == null) {
      // A broken timeline was reported already; a placeholder window keeps the owner's own
      // checks from adding a second, misleading problem.
      return new long[] {0L, 1L};
    }
    long start = at(from, path + ".from");
    long end = at(to, path + ".to");
    if (timeline != null && end <= start) {
      checks.report(
          path + ".to", "the window ends before it starts", "a moment after " + from.text());
    }
    return new long[] {start, end};
  }

  /** Days relative to election day for a whole-day "E-7d" moment. */
  int electionDay(TimePoint point, String path) {
    if (!point.isElectionRelative() || !point.isWholeDay()) {
      checks.report(
          path, "must be a day relative to election day", "a day such as 'E-7d' or 'E+0d'");
      return 0;
    }
    return point.electionDayOffset();
  }

  private String describe(long ticks) {
    ZonedDateTime moment =
        election == null
            ? timeline.dateTimeAt(ticks)
            : timeline.instantAt(ticks).atZone(election.zone());
    return TimePoint.of(moment, election == null ? timeline.electionDay() : election.electionDay())
            .text()
        + " ("
        + moment.toLocalDateTime()
        + ")";
  }
}
