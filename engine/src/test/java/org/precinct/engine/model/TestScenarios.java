package org.precinct.engine.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.AccountsSpec;
import org.precinct.engine.spec.AdaptationSpec;
import org.precinct.engine.spec.AuditSpec;
import org.precinct.engine.spec.BenignKind;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.CoordinationSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.FlaggingSpec;
import org.precinct.engine.spec.HarmWeightPoint;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.IntensitySpec;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.PromptModificationSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.RefusalSpec;
import org.precinct.engine.spec.ShiftSpec;

/**
 * Scenarios built in Java for tests and benchmarks: a default-size one shaped like the bundled
 * us-2024-general (45 days, 10 campaigns, a few hundred accounts, benign traffic thinned), the
 * issue's stress scenario, and the M/M/c reduction.
 */
public final class TestScenarios {
  private static final PolicyCategory[] CATEGORIES = PolicyCategory.values();
  private static final String[] CHANNELS = {"consumer-app", "api", "partner-a", "partner-b"};

  private TestScenarios() {}

  /**
   * The default-size scenario: 10 campaigns, ~300 threat accounts, 280,000 benign requests a day.
   */
  public static ScenarioBuilder defaultSize() {
    return operation(LocalDate.of(2024, 9, 21), 1);
  }

  /**
   * A fast version for tests: two weeks to election day, ~150 accounts, a tenth of the benign load.
   */
  public static ScenarioBuilder small() {
    return operation(LocalDate.of(2024, 10, 23), 10);
  }

  private static ScenarioBuilder operation(LocalDate from, int divisor) {
    ScenarioBuilder b = operation();
    b.timeline = ScenarioBuilder.timeline(from, LocalDate.of(2024, 11, 6));
    for (int i = 0; i < 10; i++) {
      int accounts = (20 + 4 * i) / (divisor == 1 ? 1 : 2);
      b.campaigns.add(campaign(b, "campaign-" + i, i, accounts, 8.0 + i));
    }
    b.benign.add(
        benign("voting-info", BenignKind.VOTING_INFO, "consumer-app", 150_000, 100_000, divisor));
    b.benign.add(
        benign(
            "election-topic", BenignKind.ELECTION_TOPIC, "consumer-app", 100_000, 80_000, divisor));
    b.benign.add(benign("api-topic", BenignKind.ELECTION_TOPIC, "api", 30_000, 10_000, divisor));
    return b;
  }

  private static BenignStreamSpec benign(
      String id, BenignKind kind, String channel, double perDay, int users, int divisor) {
    return new BenignStreamSpec(id, kind, channel, perDay / divisor, users / divisor);
  }

  /**
   * The stress scenario of issue 3: 60 days, 50 campaigns, {@code accounts} threat accounts in all,
   * a million benign requests a day. Its accounts are "low and slow" (20 requests a day, 5%
   * harmful), each campaign its own network without quiet periods (so the work grows in proportion
   * to the accounts rather than with how often 2,500-account networks go quiet).
   */
  public static ScenarioBuilder stress(int accounts) {
    ScenarioBuilder b = operation();
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 9, 7), LocalDate.of(2024, 11, 6));
    for (int i = 0; i < 50; i++) {
      CampaignSpec c = campaign(b, "campaign-" + i, i, accounts / 50, 20.0);
      b.campaigns.add(
          new CampaignSpec(
              c.id(),
              c.label(),
              c.category(),
              c.channelId(),
              c.startTicks(),
              c.endTicks(),
              c.accounts(),
              c.intensity(),
              0.05,
              c.severity(),
              "",
              new AdaptationSpec(0.9, 0, ""),
              true));
    }
    b.benign.add(
        new BenignStreamSpec(
            "voting-info", BenignKind.VOTING_INFO, "consumer-app", 600_000, 400_000));
    b.benign.add(
        new BenignStreamSpec(
            "election-topic", BenignKind.ELECTION_TOPIC, "consumer-app", 300_000, 200_000));
    b.benign.add(
        new BenignStreamSpec("api-topic", BenignKind.ELECTION_TOPIC, "api", 100_000, 20_000));
    b.queues.replaceAll(q -> scaleStaff(q, Math.max(1, accounts / 300)));
    return b;
  }

  /**
   * The M/M/c reduction: Poisson requests at {@code perHour} in all, spread over {@code accounts}
   * accounts (a superposition of Poisson processes is Poisson), every one harmful and flagged at
   * once by a perfect classifier, k = 1 so each flag opens a case, no refusal, no enforcement (so
   * no account ever stops), and c always-on reviewers with exponential handle times in FIFO order.
   * An account with an open case drops its next flag; with many accounts that is a negligible
   * share.
   */
  public static ScenarioBuilder erlang(
      int servers, double perHour, double meanHandleHours, int accounts) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 11, 6));
    b.channels.add(
        new org.precinct.engine.spec.ChannelSpec(
            "api",
            "API",
            ChannelKind.FIRST_PARTY_API,
            Sets.immutable.of(DefenseKind.CLASSIFIER, DefenseKind.FLAGGING, DefenseKind.REVIEW),
            null));
    b.classifiers.add(ScenarioBuilder.classifier("perfect", 1.0, 1.0, 0.0));
    b.queues.add(
        ScenarioBuilder.alwaysOnQueue(
            "review", servers, new DistributionSpec.Exponential(meanHandleHours)));
    b.campaigns.add(
        b.campaign(
            "arrivals",
            PolicyCategory.ELECTION_MISINFORMATION,
            "api",
            accounts,
            perHour * 24 / accounts));
    b.redirect = new org.precinct.engine.spec.RedirectSpec(false, 0.0);
    return b;
  }

  /** Channels, defenses, queues and enforcement of a provider's election operation. */
  private static ScenarioBuilder operation() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.channels.add(ScenarioBuilder.channel("consumer-app", ChannelKind.CONSUMER_APP));
    b.channels.add(ScenarioBuilder.channel("api", ChannelKind.FIRST_PARTY_API));
    b.channels.add(ScenarioBuilder.channel("partner-a", ChannelKind.PARTNER_PLATFORM));
    b.channels.add(ScenarioBuilder.channel("partner-b", ChannelKind.PARTNER_PLATFORM));
    automatedDefenses(b);
    b.queues.add(reviewQueue());
    b.queues.add(specialistQueue());
    b.enforcement =
        new EnforcementSpec(
            2.5,
            new DistributionSpec.LogNormal(1.0, 6.0),
            new DistributionSpec.LogNormal(12.0, 48.0),
            "review",
            "specialist");
    b.harmWeighting =
        new HarmWeightingSpec(
            Lists.immutable.of(
                new HarmWeightPoint(-45, 0.5),
                new HarmWeightPoint(-7, 1.0),
                new HarmWeightPoint(0, 3.0),
                new HarmWeightPoint(1, 1.0)));
    return b;
  }

  private static void automatedDefenses(ScenarioBuilder b) {
    b.refusal =
        new RefusalSpec(
            true,
            Maps.immutable.of(
                PolicyCategory.ELECTION_MISINFORMATION,
                0.6,
                PolicyCategory.ELECTION_INTERFERENCE,
                0.8,
                PolicyCategory.VOTER_PROFILING,
                0.5,
                PolicyCategory.SYNTHETIC_MEDIA,
                0.95));
    b.promptModification = new PromptModificationSpec(true, 0.4);
    b.classifiers.add(
        new org.precinct.engine.spec.ClassifierSpec(
            "election-misuse",
            true,
            Sets.immutable.of(CATEGORIES),
            0.98,
            0.7,
            new DistributionSpec.LogNormal(0.05, 0.5)));
    b.flagging = new FlaggingSpec(3, Ticks.DAY);
    b.coordination = new CoordinationSpec(true, 6 * Ticks.HOUR, 0.2, 0.1);
    b.audit = new AuditSpec(true, Ticks.DAY, 0.05, 0.6);
  }

  private static CampaignSpec campaign(
      ScenarioBuilder b, String id, int i, int accounts, double rate) {
    long start = Math.min((i % 5) * 3 * Ticks.DAY, b.timeline.endTicks() / 2);
    return new CampaignSpec(
        id,
        "Campaign " + i,
        CATEGORIES[i % CATEGORIES.length],
        CHANNELS[i % CHANNELS.length],
        start,
        b.timeline.endTicks(),
        new AccountsSpec(accounts, 0.5, true, new DistributionSpec.LogNormal(24.0, 96.0), accounts),
        new IntensitySpec(rate, 2.0, 0.5),
        0.5 + 0.04 * (i % 10),
        1.0 + (i % 5),
        "network-" + (i % 4),
        new AdaptationSpec(0.9, 6 * Ticks.HOUR, ""),
        true);
  }

  private static QueueSpec reviewQueue() {
    return new QueueSpec(
        "review",
        "Trust & safety review",
        reviewShifts(),
        new DistributionSpec.LogNormal(0.2, 0.6),
        0.92,
        0.9,
        0.1,
        "specialist",
        4 * Ticks.HOUR,
        2.0,
        20,
        true,
        0.3,
        new DistributionSpec.Exponential(0.3));
  }

  /** Six on weekday days, three in the evening, one at night, three on weekend days. */
  private static org.eclipse.collections.api.list.ImmutableList<ShiftSpec> reviewShifts() {
    var weekdays =
        Sets.immutable.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    var everyDay = Sets.immutable.of(DayOfWeek.values());
    var shifts =
        Lists.immutable.of(
            new ShiftSpec(weekdays, LocalTime.of(8, 0), LocalTime.of(16, 0), 6),
            new ShiftSpec(everyDay, LocalTime.of(16, 0), LocalTime.of(0, 0), 3),
            new ShiftSpec(everyDay, LocalTime.of(0, 0), LocalTime.of(8, 0), 1),
            new ShiftSpec(
                Sets.immutable.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                3));
    return shifts;
  }

  private static QueueSpec specialistQueue() {
    var weekdays =
        Sets.immutable.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    return new QueueSpec(
        "specialist",
        "Election specialists",
        Lists.immutable.of(new ShiftSpec(weekdays, LocalTime.of(9, 0), LocalTime.of(18, 0), 2)),
        new DistributionSpec.Gamma(2.0, 1.0),
        0.97,
        0.97,
        0.0,
        "",
        Ticks.DAY,
        0.0,
        0,
        true,
        0.0,
        new DistributionSpec.Exponential(0.5));
  }

  private static QueueSpec scaleStaff(QueueSpec q, int factor) {
    return new QueueSpec(
        q.id(),
        q.label(),
        q.shifts().collect(s -> new ShiftSpec(s.days(), s.from(), s.to(), s.staff() * factor)),
        q.handleTime(),
        q.accuracy(),
        q.benignClearRate(),
        q.escalationShare(),
        q.escalationQueueId(),
        q.slaTicks(),
        q.backgroundPerHour() * factor,
        q.initialBacklog(),
        q.priorityBySeverity(),
        q.appealShare(),
        q.appealHandleTime());
  }
}
