package org.precinct.scenarios.build;

import java.util.List;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.MilestoneSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ReachSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.format.BenignYaml;
import org.precinct.scenarios.format.CampaignYaml;
import org.precinct.scenarios.format.ChannelYaml;
import org.precinct.scenarios.format.ClockTime;
import org.precinct.scenarios.format.DateValue;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.format.EnforcementYaml;
import org.precinct.scenarios.format.QueueYaml;
import org.precinct.scenarios.format.RateValue;
import org.precinct.scenarios.format.ReachYaml;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.format.TimelineYaml;
import org.precinct.scenarios.format.Weekday;

/**
 * Writes a spec back as format records, every value explicit, so that writing and loading again
 * gives an equal spec (the round trip the tests check).
 */
public final class SpecToYaml {

  private SpecToYaml() {}

  /** The format records of {@code spec}. */
  public static ScenarioYaml toYaml(ScenarioSpec spec) {
    TimelineSpec timeline = spec.timeline();
    ChangeToYaml changes = new ChangeToYaml(timeline);
    PlayToYaml play = new PlayToYaml(changes);
    var m = spec.metadata();
    return new ScenarioYaml(
        Integer.valueOf(m.formatVersion()),
        m.id(),
        m.title(),
        blank(m.description()),
        blank(m.author()),
        blank(m.marking()),
        m.assumptions().isEmpty() ? null : m.assumptions().castToList(),
        new ScenarioYaml.RunYaml(spec.run().seed(), spec.run().replications()),
        timeline(timeline, play),
        spec.channels().collect(c -> channel(c, timeline)).castToList(),
        spec.campaigns().collect(c -> campaign(c, changes, timeline)).castToList(),
        spec.benign().collect(b -> benign(b, timeline, changes)).castToList(),
        DefensesToYaml.defenses(spec.defenses()),
        spec.queues().collect(SpecToYaml::queue).castToList(),
        enforcement(spec.enforcement()),
        play.harmWeighting(spec.harmWeighting()),
        reach(spec.reach()),
        play.injects(spec.injects()),
        play.interventions(spec.interventions()),
        play.decisionPoints(spec.decisionPoints()),
        play.exercise(spec.exercise()),
        play.uncertainties(spec.uncertainties()),
        VoterMapper.toYaml(spec.voters(), timeline));
  }

  private static ReachYaml reach(ReachSpec r) {
    return r.halfLifeTicks() == 0
        ? null
        : new ReachYaml(DurationValue.ofMillis(r.halfLifeTicks()), null, r.contentRemoved());
  }

  private static Double scale(double value) {
    return value == 1.0 ? null : value;
  }

  static String blank(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static TimelineYaml timeline(TimelineSpec t, PlayToYaml play) {
    ChangeToYaml at = new ChangeToYaml(t);
    java.util.Set<String> own = new java.util.HashSet<>();
    t.elections().forEach(e -> e.milestones().forEach(m -> own.add(m.id())));
    List<TimelineYaml.MilestoneYaml> milestones =
        milestones(t.milestones().reject(m -> own.contains(m.id())), at);
    List<TimelineYaml.ElectionYaml> elections =
        t.elections()
            .collect(
                e ->
                    new TimelineYaml.ElectionYaml(
                        e.id(),
                        e.label(),
                        DateValue.of(e.electionDay()),
                        e.zone().getId(),
                        blankList(milestones(e.milestones(), at.forElection(e))),
                        e.harmWeighting() == null ? null : play.harmWeighting(e.harmWeighting()),
                        blank(e.reviewQueueId())))
            .castToList();
    return new TimelineYaml(
        t.zone().getId(),
        t.hasElections() ? null : DateValue.of(t.electionDay()),
        at.at(0),
        at.at(t.endTicks()),
        blankList(milestones),
        t.hasWarmUp()
            ? org.precinct.scenarios.format.WarmUpValue.parse(
                "until " + at.at(t.warmUpTicks()).text())
            : null,
        blankList(elections));
  }

  private static List<TimelineYaml.MilestoneYaml> milestones(
      org.eclipse.collections.api.list.ImmutableList<MilestoneSpec> milestones, ChangeToYaml at) {
    return milestones
        .collect(
            (MilestoneSpec m) ->
                new TimelineYaml.MilestoneYaml(m.id(), m.label(), at.at(m.atTicks())))
        .castToList();
  }

  private static <T> List<T> blankList(List<T> items) {
    return items.isEmpty() ? null : items;
  }

  /** The election a channel names (its campaigns' and streams' default), or null. */
  private static String electionOfChannel(ChannelSpec c, TimelineSpec t) {
    return t.elections()
        .detectOptional(e -> e.channelIds().contains(c.id()))
        .map(e -> e.id())
        .orElse(null);
  }

  private static ChannelYaml channel(ChannelSpec c, TimelineSpec t) {
    ChannelYaml.PartnerYaml partner =
        c.partner() == null
            ? null
            : new ChannelYaml.PartnerYaml(
                c.partner().partnerName(),
                ChangeToYaml.hours(c.partner().actionDelay()),
                c.partner().actionProbability());
    var defenses = c.defenses().toSortedList().collect(EnumMapping::defense);
    return new ChannelYaml(
        c.id(),
        c.label(),
        EnumMapping.channel(c.kind()),
        defenses,
        partner,
        scale(c.reachScale()),
        electionOfChannel(c, t));
  }

  private static CampaignYaml campaign(CampaignSpec c, ChangeToYaml all, TimelineSpec t) {
    org.precinct.engine.spec.ElectionSpec election =
        t.electionList().get(t.electionIndexOf(c.id(), c.channelId()));
    ChangeToYaml changes = all.forElection(election);
    String named =
        t.elections()
            .detectOptional(e -> e.campaignIds().contains(c.id()))
            .map(e -> e.id())
            .orElse(null);
    var a = c.accounts();
    var accounts =
        new CampaignYaml.AccountsYaml(
            a.initial(),
            RateValue.ofPerDay(a.growthPerDay()),
            a.recreate(),
            ChangeToYaml.hours(a.recreateDelay()),
            a.recreateCap());
    var i = c.intensity();
    var intensity =
        new CampaignYaml.IntensityYaml(
            RateValue.ofPerDay(i.requestsPerAccountPerDay()),
            i.rampToElection(),
            i.dailyCycleAmplitude());
    var ad = c.adaptation();
    var adaptation =
        new CampaignYaml.AdaptationYaml(
            ad.recallPenalty(),
            DurationValue.ofMillis(ad.quietTicks()),
            blank(ad.moveToChannelId()),
            ad.compounds() ? Boolean.TRUE : null,
            ad.compounds() ? ad.recallFloor() : null);
    return new CampaignYaml(
        c.id(),
        c.label(),
        EnumMapping.category(c.category()),
        c.channelId(),
        changes.at(c.startTicks()),
        changes.at(c.endTicks()),
        c.active(),
        accounts,
        intensity,
        c.harmfulShare(),
        c.severity(),
        blank(c.networkId()),
        adaptation,
        blank(c.sideId()),
        c.classifierEvasion() == 1.0 ? null : c.classifierEvasion(),
        scale(c.reachScale()),
        named);
  }

  private static BenignYaml benign(BenignStreamSpec b, TimelineSpec t, ChangeToYaml all) {
    ChangeToYaml at =
        all.forElection(t.electionList().get(t.streamElectionIndexOf(b.id(), b.channelId())));
    return new BenignYaml(
        b.id(),
        EnumMapping.benign(b.kind()),
        b.channelId(),
        RateValue.ofPerDay(b.requestsPerDay()),
        b.users(),
        blank(b.sideId()),
        t.elections()
            .detectOptional(e -> e.streamIds().contains(b.id()))
            .map(e -> e.id())
            .orElse(null),
        b.startTicks() == 0L ? null : at.at(b.startTicks()),
        b.endTicks() == Long.MAX_VALUE ? null : at.at(b.endTicks()));
  }

  private static QueueYaml queue(QueueSpec q) {
    return new QueueYaml(
        q.id(),
        q.label(),
        q.shifts().collect(SpecToYaml::shift).castToList(),
        ChangeToYaml.hours(q.handleTime()),
        q.accuracy(),
        q.benignClearRate(),
        q.escalationShare(),
        blank(q.escalationQueueId()),
        DurationValue.ofMillis(q.slaTicks()),
        RateValue.ofPerHour(q.backgroundPerHour()),
        q.initialBacklog(),
        q.priorityBySeverity(),
        q.appealShare(),
        ChangeToYaml.hours(q.appealHandleTime()));
  }

  private static QueueYaml.ShiftYaml shift(ShiftSpec s) {
    List<Weekday> days = s.days().toSortedList().collect(Weekday::of);
    return new QueueYaml.ShiftYaml(days, ClockTime.of(s.from()), ClockTime.of(s.to()), s.staff());
  }

  private static EnforcementYaml enforcement(EnforcementSpec e) {
    return new EnforcementYaml(
        e.warnBelowSeverity(),
        ChangeToYaml.hours(e.suspensionDelay()),
        ChangeToYaml.hours(e.takedownDelay()),
        e.reviewQueueId(),
        e.networkQueueId());
  }
}
