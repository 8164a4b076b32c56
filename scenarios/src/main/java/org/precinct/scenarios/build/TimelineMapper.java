package org.precinct.scenarios.build;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.spec.MilestoneSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.format.TimelineYaml;
import org.precinct.scenarios.problem.Suggestions;
import org.precinct.scenarios.read.YamlPaths;

/** Maps the timeline: a real time zone, start before election day before end, milestones inside. */
final class TimelineMapper {

  private final Checks checks;

  TimelineMapper(Checks checks) {
    this.checks = checks;
  }

  /**
   * The resolver for every other moment in the file; checks nothing when the timeline is broken.
   */
  TimeResolver map(TimelineYaml yaml) {
    int mark = checks.mark();
    ZoneId zone = zone(yaml.zone());
    if (zone == null) {
      return new TimeResolver(null, checks);
    }
    ZonedDateTime start = yaml.start().resolve(yaml.electionDay().date(), zone);
    ZonedDateTime end = yaml.end().resolve(yaml.electionDay().date(), zone);
    ZonedDateTime electionDay = yaml.electionDay().date().atStartOfDay(zone);
    if (!end.isAfter(start)) {
      checks.report(
          "timeline.end",
          "the timeline ends before it starts",
          "a moment after " + yaml.start().text());
    } else if (electionDay.isBefore(start) || !electionDay.isBefore(end)) {
      checks.report(
          "timeline.election-day",
          "election day is outside the timeline",
          "a date from " + start.toLocalDate() + " to " + end.toLocalDate().minusDays(1));
    }
    TimelineSpec bare =
        checks.build(
            "timeline",
            mark,
            () ->
                new TimelineSpec(
                    start, yaml.electionDay().date(), end, zone, Lists.immutable.empty()));
    TimeResolver resolver = new TimeResolver(bare, checks);
    List<MilestoneSpec> milestones = milestones(yaml, resolver);
    long warmUp = warmUp(yaml, start, end, zone);
    TimelineSpec timeline =
        checks.build(
            "timeline",
            mark,
            () ->
                new TimelineSpec(
                    start,
                    yaml.electionDay().date(),
                    end,
                    zone,
                    Lists.immutable.withAll(milestones),
                    warmUp));
    return new TimeResolver(timeline, checks);
  }

  private void order(
      TimelineYaml yaml, ZonedDateTime start, ZonedDateTime electionDay, ZonedDateTime end) {
    if (!end.isAfter(start)) {
      checks.report(
          "timeline.end",
          "the timeline ends before it starts",
          "a moment after " + yaml.start().text());
    } else if (electionDay.isBefore(start) || !electionDay.isBefore(end)) {
      checks.report(
          "timeline.election-day",
          "election day is outside the timeline",
          "a date from " + start.toLocalDate() + " to " + end.toLocalDate().minusDays(1));
    }
  }

  /** The warm-up end in ticks: a midnight after the start and before the end; 0 for none. */
  private long warmUp(TimelineYaml yaml, ZonedDateTime start, ZonedDateTime end, ZoneId zone) {
    if (yaml.warmUp() == null) {
      return 0L;
    }
    ZonedDateTime until = yaml.warmUp().end(start, yaml.electionDay().date(), zone);
    if (!until.isAfter(start) || !until.isBefore(end)) {
      checks.report(
          "timeline.warm-up",
          "the warm-up ends at " + until.toLocalDateTime() + ", outside the timeline",
          "an end after " + start.toLocalDateTime() + " and before " + end.toLocalDateTime());
      return 0L;
    }
    if (!until.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      checks.report(
          "timeline.warm-up",
          "the warm-up ends at " + until.toLocalDateTime() + ", not at the start of a day",
          "whole days from a start at midnight such as '7d', or 'until E-30d'");
      return 0L;
    }
    return java.time.Duration.between(start.toInstant(), until.toInstant()).toMillis();
  }

  private List<MilestoneSpec> milestones(TimelineYaml yaml, TimeResolver resolver) {
    List<MilestoneSpec> milestones = new ArrayList<>();
    List<TimelineYaml.MilestoneYaml> items =
        yaml.milestones() == null ? List.of() : yaml.milestones();
    for (int i = 0; i < items.size(); i++) {
      TimelineYaml.MilestoneYaml item = items.get(i);
      String path = YamlPaths.index("timeline.milestones", i);
      int mark = checks.mark();
      checks.id(item.id(), path + ".id");
      long at = resolver.at(item.at(), path + ".at");
      milestones.add(
          checks.build(path, mark, () -> new MilestoneSpec(item.id(), item.label(), at)));
    }
    return milestones;
  }

  private ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      checks.report(
          "timeline.zone",
          "not a time zone" + Suggestions.didYouMean(name, ZoneId.getAvailableZoneIds()),
          "an IANA zone such as 'America/New_York' or 'UTC'");
      return null;
    }
  }
}
