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
                    Lists.immutable.withAll(milestones)));
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
