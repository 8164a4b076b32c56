package org.precinct.scenarios.build;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.MilestoneSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.format.BenignYaml;
import org.precinct.scenarios.format.CampaignYaml;
import org.precinct.scenarios.format.ChannelYaml;
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
    return map(yaml, List.of(), List.of(), List.of());
  }

  /**
   * The resolver, with the timeline's elections if it declares some: each election's campaigns
   * (named by a campaign's {@code election}) and channels (by a channel's), checked to exist.
   */
  TimeResolver map(
      TimelineYaml yaml,
      List<ChannelYaml> channels,
      List<CampaignYaml> campaigns,
      List<BenignYaml> benign) {
    int mark = checks.mark();
    ZoneId zone = zone(yaml.zone(), "timeline.zone");
    if (zone == null) {
      return new TimeResolver(null, checks);
    }
    List<TimelineYaml.ElectionYaml> electionItems =
        yaml.elections() == null ? List.of() : yaml.elections();
    java.time.LocalDate day = firstElectionDay(yaml, electionItems);
    if (day == null) {
      return new TimeResolver(null, checks);
    }
    ZonedDateTime start = yaml.start().resolve(day, zone);
    ZonedDateTime end = yaml.end().resolve(day, zone);
    ZonedDateTime electionDay = day.atStartOfDay(zone);
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
            () -> new TimelineSpec(start, day, end, zone, Lists.immutable.empty()));
    TimeResolver resolver = new TimeResolver(bare, checks);
    List<MilestoneSpec> milestones = milestones(yaml.milestones(), "timeline.milestones", resolver);
    List<ElectionSpec> elections =
        elections(electionItems, zone, start, end, bare, channels, campaigns, benign, milestones);
    long warmUp = warmUp(yaml, start, end, zone, day);
    TimelineSpec timeline =
        checks.build(
            "timeline",
            mark,
            () ->
                new TimelineSpec(
                    start,
                    day,
                    end,
                    zone,
                    Lists.immutable.withAll(milestones),
                    warmUp,
                    Lists.immutable.withAll(elections)));
    return new TimeResolver(timeline, checks);
  }

  /** The timeline's election day, or the first election's when elections are listed. */
  private java.time.LocalDate firstElectionDay(
      TimelineYaml yaml, List<TimelineYaml.ElectionYaml> elections) {
    if (!elections.isEmpty()) {
      if (yaml.electionDay() != null) {
        checks.report(
            "timeline.election-day",
            "both election-day and elections are given",
            "either one election-day, or elections each with its own election-day");
        return null;
      }
      return elections.get(0).electionDay() == null ? null : elections.get(0).electionDay().date();
    }
    if (yaml.electionDay() == null) {
      checks.report(
          "timeline.election-day",
          "missing",
          "an ISO date such as '2024-11-05', or 'elections' listing each election with its own");
      return null;
    }
    return yaml.electionDay().date();
  }

  /**
   * The elections: ids unique, each day inside the timeline, its zone real, its milestones inside
   * the timeline (added to the timeline's, ids unique across all), and the campaigns and channels
   * that name it.
   */
  private List<ElectionSpec> elections(
      List<TimelineYaml.ElectionYaml> items,
      ZoneId calendarZone,
      ZonedDateTime start,
      ZonedDateTime end,
      TimelineSpec bare,
      List<ChannelYaml> channels,
      List<CampaignYaml> campaigns,
      List<BenignYaml> benign,
      List<MilestoneSpec> allMilestones) {
    List<ElectionSpec> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (TimelineYaml.ElectionYaml item : items) {
      ids.add(item.id());
    }
    references(channels, campaigns, ids);
    for (int i = 0; i < benign.size(); i++) {
      checks.reference(
          benign.get(i).election(),
          ids,
          "election",
          YamlPaths.key(YamlPaths.index("benign", i), "election"));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<String> milestoneIds = new java.util.HashSet<>();
    allMilestones.forEach(m -> milestoneIds.add(m.id()));
    for (int i = 0; i < items.size(); i++) {
      TimelineYaml.ElectionYaml item = items.get(i);
      String path = YamlPaths.index("timeline.elections", i);
      int mark = checks.mark();
      checks.id(item.id(), path + ".id");
      if (item.id() != null && !seen.add(item.id())) {
        checks.report(path + ".id", "a second election with this id", "a new election id");
      }
      ZoneId zone = item.zone() == null ? calendarZone : zone(item.zone(), path + ".zone");
      if (zone == null || item.electionDay() == null || bare == null) {
        continue;
      }
      java.time.LocalDate day = item.electionDay().date();
      ZonedDateTime at = day.atStartOfDay(zone);
      if (at.isBefore(start) || !at.isBefore(end)) {
        checks.report(
            path + ".election-day",
            "election day is outside the timeline",
            "a date from " + start.toLocalDate() + " to " + end.toLocalDate().minusDays(1));
        continue;
      }
      ElectionSpec plain =
          new ElectionSpec(
              item.id(),
              item.label() == null ? item.id() : item.label(),
              day,
              zone,
              Lists.immutable.empty(),
              null,
              Lists.immutable.empty(),
              Lists.immutable.empty(),
              Lists.immutable.empty(),
              "");
      TimeResolver own =
          new TimeResolver(bare.withElections(Lists.immutable.of(plain)), checks)
              .forElection(plain);
      List<MilestoneSpec> milestones = milestones(item.milestones(), path + ".milestones", own);
      for (int m = 0; m < milestones.size(); m++) {
        if (!milestoneIds.add(milestones.get(m).id())) {
          checks.report(
              YamlPaths.key(YamlPaths.index(path + ".milestones", m), "id"),
              "a second milestone with this id",
              "a milestone id used nowhere else in the timeline");
        }
      }
      allMilestones.addAll(milestones);
      List<String> campaignIds = new ArrayList<>();
      for (CampaignYaml c : campaigns) {
        if (item.id().equals(c.election())) {
          campaignIds.add(c.id());
        }
      }
      List<String> channelIds = new ArrayList<>();
      for (ChannelYaml c : channels) {
        if (item.id().equals(c.election())) {
          channelIds.add(c.id());
        }
      }
      List<String> streamIds = new ArrayList<>();
      for (BenignYaml b : benign) {
        if (item.id().equals(b.election())) {
          streamIds.add(b.id());
        }
      }
      ElectionSpec election =
          checks.build(
              path,
              mark,
              () ->
                  new ElectionSpec(
                      plain.id(),
                      plain.label(),
                      day,
                      zone,
                      Lists.immutable.withAll(milestones),
                      null,
                      Lists.immutable.withAll(campaignIds),
                      Lists.immutable.withAll(channelIds),
                      Lists.immutable.withAll(streamIds),
                      item.reviewQueue()));
      if (election != null) {
        out.add(election);
      }
    }
    return out;
  }

  /** Campaigns' and channels' {@code election} must name a listed election. */
  private void references(
      List<ChannelYaml> channels, List<CampaignYaml> campaigns, java.util.Set<String> ids) {
    for (int i = 0; i < channels.size(); i++) {
      checks.reference(
          channels.get(i).election(),
          ids,
          "election",
          YamlPaths.key(YamlPaths.index("channels", i), "election"));
    }
    for (int i = 0; i < campaigns.size(); i++) {
      checks.reference(
          campaigns.get(i).election(),
          ids,
          "election",
          YamlPaths.key(YamlPaths.index("campaigns", i), "election"));
    }
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
  private long warmUp(
      TimelineYaml yaml,
      ZonedDateTime start,
      ZonedDateTime end,
      ZoneId zone,
      java.time.LocalDate electionDay) {
    if (yaml.warmUp() == null) {
      return 0L;
    }
    ZonedDateTime until = yaml.warmUp().end(start, electionDay, zone);
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

  private List<MilestoneSpec> milestones(
      List<TimelineYaml.MilestoneYaml> declared, String under, TimeResolver resolver) {
    List<MilestoneSpec> milestones = new ArrayList<>();
    List<TimelineYaml.MilestoneYaml> items = declared == null ? List.of() : declared;
    for (int i = 0; i < items.size(); i++) {
      TimelineYaml.MilestoneYaml item = items.get(i);
      String path = YamlPaths.index(under, i);
      int mark = checks.mark();
      checks.id(item.id(), path + ".id");
      long at = resolver.at(item.at(), path + ".at");
      MilestoneSpec milestone =
          checks.build(path, mark, () -> new MilestoneSpec(item.id(), item.label(), at));
      if (milestone != null) {
        milestones.add(milestone);
      }
    }
    return milestones;
  }

  private ZoneId zone(String name, String path) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      checks.report(
          path,
          "not a time zone" + Suggestions.didYouMean(name, ZoneId.getAvailableZoneIds()),
          "an IANA zone such as 'America/New_York' or 'UTC'");
      return null;
    }
  }
}
