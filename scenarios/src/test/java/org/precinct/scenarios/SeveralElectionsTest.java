package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * Several elections in one scenario: two elections in two zones that share nothing (own channel,
 * own review queue) read per election as the two single-election scenarios do, and read measurably
 * worse when they share one review queue at their peak.
 *
 * <p>The replications of the combined scenario draw other random streams than the singles' (its
 * entities are numbered together), so equality is statistical: each per-election mean lies within
 * 3.29 standard errors of the difference (a 99.9% two-sided test, so five measures x two elections
 * pass together with probability about 0.99 when the model is right) of the single scenario's. The
 * test has power: mixing the two elections' outputs, or weighting an election by the other's days,
 * moves the harm measures by several times that margin (election b has twice the accounts of a, by
 * construction).
 */
final class SeveralElectionsTest {
  private static final int REPLICATIONS = 120;
  private static final double Z = 3.29;

  private static ScenarioResult singleA;
  private static ScenarioResult singleB;
  private static ScenarioResult separate;
  private static ScenarioResult shared;

  @BeforeAll
  static void run() {
    singleA = run(single("a", "Europe/London", "2024-06-09", 30, 4));
    singleB = run(single("b", "America/New_York", "2024-06-09", 60, 2));
    separate = run(combined(false));
    shared = run(combined(true));
  }

  @Test
  void theCombinedTimelineKeepsEachElectionsDayAndZone() {
    TimelineSpec t = load(combined(false)).timeline();
    assertThat(t.electionList()).hasSize(2);
    assertThat(t.electionList().get(1).zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(t.dateTimeAt(t.electionDayStartTicks(t.electionList().get(1))))
        .isEqualTo(LocalDate.of(2024, 6, 9).atStartOfDay(ZoneId.of("America/New_York")));
    assertThat(t.milestones().collect(m -> m.id())).contains("a-deadline", "b-deadline");
    ScenarioSpec spec = load(combined(false));
    // Each campaign's "E-20d" counts from its own election's day in its own zone.
    assertThat(t.dateTimeAt(spec.campaigns().get(0).startTicks()))
        .isEqualTo(LocalDate.of(2024, 5, 20).atStartOfDay(ZoneId.of("Europe/London")));
    assertThat(t.dateTimeAt(spec.campaigns().get(1).startTicks()))
        .isEqualTo(LocalDate.of(2024, 5, 20).atStartOfDay(ZoneId.of("America/New_York")));
  }

  @Test
  void electionsThatShareNothingReadAsTheirSingleScenarios() {
    for (String[] pair : new String[][] {{"a", "A"}, {"b", "B"}}) {
      ScenarioResult single = pair[0].equals("a") ? singleA : singleB;
      close(
          single.metric(Metric.HARM_SEVERITY_WEIGHTED),
          group(separate, pair[0], "harm-severity-weighted"));
      close(
          single.metric(Metric.HARM_WEIGHTED_BEFORE_ELECTION),
          group(separate, pair[0], "harm-weighted-before-election"));
      close(
          single.metric(Metric.EXPOSURE_WEIGHTED_HARM),
          group(separate, pair[0], "exposure-weighted-harm"));
      close(
          single.metric(Metric.ENFORCED_WITHIN_24H_SHARE),
          group(separate, pair[0], "enforced-within-24h-share"));
      close(single.metric(Metric.MEAN_WAIT_HOURS), group(separate, pair[0], "mean-wait-hours"));
    }
    // The two elections differ by construction, so the per-election rows are not one number.
    assertThat(group(separate, "b", "harm-delivered").mean())
        .isGreaterThan(1.5 * group(separate, "a", "harm-delivered").mean());
    // The whole-scenario metric is the sum of the elections'.
    assertThat(separate.metric(Metric.HARM_SEVERITY_WEIGHTED).mean())
        .isCloseTo(
            group(separate, "a", "harm-severity-weighted").mean()
                + group(separate, "b", "harm-severity-weighted").mean(),
            org.assertj.core.data.Offset.offset(1e-6));
  }

  /**
   * With one team reviewing both, election b's cases (whose campaign starts five hours after a's,
   * first come first served) wait behind a's opening burst: measured 13.6 h (95% CI 13.2 to 14.0)
   * alone and 41.5 h (40.5 to 42.5) shared, seed 7, 120 replications; a's barely move (2.7 h and
   * 2.9 h), its cases being first in line.
   */
  @Test
  void sharingOneReviewQueueAtThePeakLengthensWaitsBeyondTheCis() {
    GroupSummary alone = group(separate, "b", "mean-wait-hours");
    GroupSummary together = group(shared, "b", "mean-wait-hours");
    assertThat(together.ciLow())
        .as("election b: shared-queue wait CI above the own-queue CI")
        .isGreaterThan(alone.ciHigh());
    assertThat(together.mean()).isGreaterThan(2 * alone.mean());
    assertThat(group(shared, "b", "enforced-within-24h-share").ciHigh())
        .as("election b: fewer accounts enforced within 24 h with a shared queue")
        .isLessThan(group(separate, "b", "enforced-within-24h-share").ciLow());
    assertThat(group(shared, "a", "mean-wait-hours").mean())
        .isGreaterThanOrEqualTo(group(separate, "a", "mean-wait-hours").ciLow());
  }

  private static void close(MetricSummary single, GroupSummary perElection) {
    double seSingle = (single.ciHigh() - single.ciLow()) / (2 * 1.96);
    double seGroup = (perElection.ciHigh() - perElection.ciLow()) / (2 * 1.96);
    double margin = Z * Math.sqrt(seSingle * seSingle + seGroup * seGroup);
    assertThat(perElection.mean())
        .as(
            "%s of election %s: single %.4f, combined %.4f, margin %.4f",
            perElection.measure(), perElection.group(), single.mean(), perElection.mean(), margin)
        .isCloseTo(single.mean(), org.assertj.core.data.Offset.offset(margin + 1e-9));
  }

  private static GroupSummary group(ScenarioResult result, String election, String measure) {
    GroupSummary g =
        result
            .table("elections")
            .detect(s -> s.group().equals(election) && s.measure().equals(measure));
    assertThat(g).as("%s of %s", measure, election).isNotNull();
    return g;
  }

  private static ScenarioResult run(String yaml) {
    ScenarioSpec spec = load(yaml);
    return new ScenarioRunner(spec).run(RunPlan.defaults(spec).withReplications(REPLICATIONS));
  }

  private static ScenarioSpec load(String yaml) {
    LoadResult result =
        ScenarioLoader.load("elections.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(result.problems()).as(result.report()).isEmpty();
    return result.orThrow();
  }

  /** One election's channel, campaign and queue, ids prefixed with {@code p}. */
  private static String parts(String p, int accounts, int severity) {
    return """
        channels:
          - id: app-P
            kind: consumer-app
            election: ELECTION
        campaigns:
          - id: P-misinfo
            category: election-misinformation
            channel: app-P
            from: E-20d
            to: E+1d
            accounts: {initial: ACCOUNTS, growth: 2/day, recreate: true, recreate-delay: {type: lognormal, median: 8h, p90: 1d}}
            intensity: {requests-per-account: 8/day, ramp-to-election: 2.5, daily-cycle: 0.5}
            harmful-share: 0.5
            severity: SEVERITY
        queues:
          - id: team-P
            shifts:
              - days: [mon, tue, wed, thu, fri, sat, sun]
                from: "00:00"
                to: "00:00"
                staff: 1
            handle-time: {type: lognormal, median: 1h, p90: 2h}
            accuracy: 0.95
            sla: 24h
            background: 0.2/h
        """
        .replace("ACCOUNTS", Integer.toString(accounts))
        .replace("SEVERITY", Integer.toString(severity))
        .replace("P", p);
  }

  private static final String COMMON =
      """
      defenses:
        classifiers:
          - id: misinfo
            categories: [election-misinformation]
            auc: 0.95
            recall: 0.6
        flagging:
          flags-to-open-case: 2
          window: 7d
      enforcement:
        suspension-delay: {type: lognormal, median: 1h, p90: 8h}
        takedown-delay: {type: lognormal, median: 18h, p90: 3d}
        review-queue: QUEUE
      harm-weighting:
        - day: E-20d
          weight: 1
        - day: E+0d
          weight: 3
      reach:
        half-life: 30h
        content-removed: true
      run:
        seed: 7
      """;

  private static String single(String p, String zone, String day, int accounts, int severity) {
    String parts = parts(p, accounts, severity).replace("    election: ELECTION\n", "");
    return """
        version: 1
        id: single-P
        title: Single election P
        timeline:
          zone: ZONE
          election-day: DAY
          start: 2024-05-10T00:00Z
          end: 2024-06-25T00:00Z
          milestones:
            - id: P-deadline
              label: Deadline P
              at: E-10d
        """
            .replace("ZONE", zone)
            .replace("DAY", day)
            .replace("P", p)
        + parts
        + COMMON.replace("QUEUE", "team-" + p);
  }

  /** Elections a and b; with {@code sharedQueue} both are reviewed by team a alone. */
  private static String combined(boolean sharedQueue) {
    String a = parts("a", 30, 4).replace("ELECTION", "a");
    String b = parts("b", 60, 2).replace("ELECTION", "b");
    String channels =
        section(a, "channels:", "campaigns:") + section(b, "channels:", "campaigns:").substring(10);
    String campaigns =
        section(a, "campaigns:", "queues:") + section(b, "campaigns:", "queues:").substring(11);
    String queues = section(a, "queues:", null) + section(b, "queues:", null).substring(8);
    return """
        version: 1
        id: combined
        title: Two elections
        timeline:
          zone: UTC
          start: 2024-05-10
          end: 2024-06-25
          elections:
            - id: a
              label: Election A
              election-day: 2024-06-09
              zone: Europe/London
              review-queue: team-a
              milestones:
                - id: a-deadline
                  label: Deadline a
                  at: E-10d
            - id: b
              label: Election B
              election-day: 2024-06-09
              zone: America/New_York
              review-queue: QUEUE_B
              milestones:
                - id: b-deadline
                  label: Deadline b
                  at: E-10d
        """
            .replace("QUEUE_B", sharedQueue ? "team-a" : "team-b")
        + channels
        + campaigns
        + queues
        + COMMON.replace("QUEUE", "team-a");
  }

  private static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = to == null ? text.length() : text.indexOf(to);
    return text.substring(start, end);
  }
}
