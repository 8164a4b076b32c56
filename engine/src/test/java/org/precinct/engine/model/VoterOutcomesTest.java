package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.engine.model.Variants.run;
import static org.precinct.engine.model.Variants.set;

import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.stats.ExactMoments;
import org.precinct.engine.spec.BenignKind;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.InaccuracySpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.PromptModificationSpec;
import org.precinct.engine.spec.QuestionSpec;
import org.precinct.engine.spec.RedirectSpec;
import org.precinct.engine.spec.RefusalSpec;
import org.precinct.engine.spec.SideSpec;
import org.precinct.engine.spec.VoterSpec;

/**
 * The voter side against its analytic expectations: each replication's counts are Poisson with a
 * mean the test computes from the scenario, so the mean over replications must sit within a few
 * standard errors of it (and within 2%).
 */
final class VoterOutcomesTest {
  private static final int REPLICATIONS = 24;
  private static final double PER_DAY = 1000;

  @Test
  void inaccurateAnswersAreQuestionsTimesNotRedirectedTimesNotRefusedTimesInaccuracy() {
    ScenarioBuilder b = scenario();
    b.redirect = new RedirectSpec(true, 0.6, 0.5);
    b.voters = voters(question(0.1, 0.0, null), new InaccuracySpec(0L, 0.2, 0.0, 0.1, 1.0));
    var outcomes = run(b.build(), REPLICATIONS);
    double questions = PER_DAY * days(b);
    double notRedirected = 1 - 0.6 * 0.5;
    assertNear(outcomes, Metric.VOTERS_MISINFORMED, questions * notRedirected * 0.9 * 0.3);
    assertNear(outcomes, Metric.LEGITIMATE_QUESTIONS_REFUSED, questions * notRedirected * 0.1);
    assertNear(outcomes, Metric.REDIRECTS, questions * 0.6 * 0.5);
  }

  @Test
  void aStreamWithAWindowAsksOnlyInsideIt() {
    ScenarioBuilder b = scenario();
    b.redirect = new RedirectSpec(true, 0.6, 0.5);
    b.voters = voters(question(0.1, 0.0, null), new InaccuracySpec(0L, 0.2, 0.0, 0.1, 1.0));
    b.benign.clear();
    // Ten days, from midnight of day 5, out of the timeline's 31.
    b.benign.add(
        new BenignStreamSpec(
            "askers",
            BenignKind.VOTING_INFO,
            "app",
            PER_DAY,
            10_000,
            "",
            5 * Ticks.DAY,
            15 * Ticks.DAY));
    var outcomes = run(b.build(), REPLICATIONS);
    double questions = PER_DAY * 10;
    double notRedirected = 1 - 0.6 * 0.5;
    assertNear(outcomes, Metric.VOTERS_MISINFORMED, questions * notRedirected * 0.9 * 0.3);
    assertNear(outcomes, Metric.REDIRECTS, questions * 0.6 * 0.5);
    assertThat(days(b)).isGreaterThan(30);
  }

  @Test
  void inaccuracyGrowsLinearlyWithTheMonthsSinceTheCutOff() {
    ScenarioBuilder b = scenario();
    b.redirect = new RedirectSpec(false, 0.0);
    b.voters = voters(question(0.0, 0.0, null), new InaccuracySpec(0L, 0.0, 0.05, 0.0, 1.0));
    var outcomes = run(b.build(), REPLICATIONS);
    double hours = b.timeline.endTicks() / (double) Ticks.HOUR;
    // the integral of rate x 0.05 x t / month over the window
    double expected =
        PER_DAY / 24.0 * 0.05 * hours * hours / 2 / (InaccuracySpec.MONTH_TICKS / Ticks.HOUR);
    assertNear(outcomes, Metric.VOTERS_MISINFORMED, expected);
  }

  @Test
  void aStricterRefusalThresholdAndPromptModificationsTurnAwayMoreLegitimateQuestions() {
    ScenarioBuilder b = scenario();
    b.redirect = new RedirectSpec(false, 0.0);
    b.refusal =
        new RefusalSpec(true, Maps.immutable.of(PolicyCategory.ELECTION_MISINFORMATION, 0.8));
    b.promptModification = new PromptModificationSpec(true, 0.3);
    b.voters =
        voters(
            question(0.02, 0.03, PolicyCategory.ELECTION_MISINFORMATION),
            new InaccuracySpec(0L, 0.0, 0.0, 0.0, 0.0));
    var spec = b.build();
    double questions = PER_DAY * days(b);
    // 0.02 base + 0.03 prompt modification + 0.1 spill-over x 0.8 refusal
    assertNear(run(spec, REPLICATIONS), Metric.LEGITIMATE_QUESTIONS_REFUSED, questions * 0.13);
    var stricter =
        run(spec, REPLICATIONS, set(Parameter.REFUSAL_PROBABILITY, "election-misinformation", 1));
    assertNear(stricter, Metric.LEGITIMATE_QUESTIONS_REFUSED, questions * 0.15);
  }

  @Test
  void theParityGapIsTheSpreadOfTheSidesRefusalRates() {
    ScenarioBuilder b = scenario();
    b.benign.clear();
    b.benign.add(stream("side-a-askers", "a"));
    b.benign.add(stream("side-b-askers", "b"));
    b.redirect = new RedirectSpec(false, 0.0);
    b.voters =
        new VoterSpec(
            new InaccuracySpec(0L, 0.0, 0.0, 0.0, 0.0),
            0.0,
            Lists.immutable.of(question(0.05, 0.0, null)),
            Lists.immutable.of(new SideSpec("a", "A", 1.0, 1.0), new SideSpec("b", "B", 2.0, 1.0)));
    var outcomes = run(b.build(), REPLICATIONS);
    assertThat(rate(outcomes, "a")).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.002));
    assertThat(rate(outcomes, "b")).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.003));
    assertNear(outcomes, Metric.PARITY_GAP, 0.05);
  }

  @Test
  void auditsSampleTheirShareOfBenignCustomersEachRound() {
    ScenarioBuilder b = scenario();
    b.audit = new org.precinct.engine.spec.AuditSpec(true, Ticks.WEEK, 0.25, 0.7, 200);
    var outcomes = run(b.build(), REPLICATIONS);
    long rounds = b.timeline.endTicks() / Ticks.WEEK;
    assertNear(outcomes, Metric.BENIGN_CUSTOMERS_AUDITED, rounds * 200 * 0.25);
  }

  @Test
  void classifierEvasionActsExactlyLikeALowerRecallOnTheCampaign() {
    ScenarioBuilder evading = TestScenarios.small();
    evading.editCampaigns(c -> withEvasion(c, 0.25));
    ScenarioBuilder plain = TestScenarios.small();
    plain.classifiers.replaceAll(
        k -> ScenarioBuilder.classifier(k.id(), k.auc(), k.recall() * 0.25, 0.0));
    evading.classifiers.replaceAll(
        k -> ScenarioBuilder.classifier(k.id(), k.auc(), k.recall(), 0.0));
    var a = run(evading.build(), 3);
    var c = run(plain.build(), 3);
    for (int r = 0; r < 3; r++) {
      assertThat(a.get(r).value(Metric.ACCOUNTS_ENFORCED))
          .isEqualTo(c.get(r).value(Metric.ACCOUNTS_ENFORCED));
      assertThat(a.get(r).value(Metric.HARM_DELIVERED))
          .isEqualTo(c.get(r).value(Metric.HARM_DELIVERED));
    }
    assertThat(run(TestScenarios.small().build(), 3).get(0).value(Metric.ACCOUNTS_ENFORCED))
        .isNotEqualTo(a.get(0).value(Metric.ACCOUNTS_ENFORCED));
  }

  private static org.precinct.engine.spec.CampaignSpec withEvasion(
      org.precinct.engine.spec.CampaignSpec c, double evasion) {
    return new org.precinct.engine.spec.CampaignSpec(
        c.id(),
        c.label(),
        c.category(),
        c.channelId(),
        c.startTicks(),
        c.endTicks(),
        c.accounts(),
        c.intensity(),
        c.harmfulShare(),
        c.severity(),
        c.networkId(),
        c.adaptation(),
        c.active(),
        "",
        evasion);
  }

  private static double rate(ImmutableList<ReplicationOutcome> outcomes, String side) {
    return outcomes
        .collectDouble(
            o ->
                o.groups()
                    .detect(
                        (GroupValue g) ->
                            g.table().equals("parity")
                                && g.group().equals(side)
                                && g.measure().equals("legitimate-refusal-rate"))
                    .value())
        .average();
  }

  /** One consumer-app channel with every defense, one voting-information stream, no campaigns. */
  private static ScenarioBuilder scenario() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.timeline = ScenarioBuilder.timeline(LocalDate.of(2024, 10, 6), LocalDate.of(2024, 11, 6));
    b.channels.add(
        new ChannelSpec(
            "app", "App", ChannelKind.CONSUMER_APP, Sets.immutable.of(DefenseKind.values()), null));
    b.queues.add(ScenarioBuilder.alwaysOnQueue("review", 2, new DistributionSpec.Exponential(0.5)));
    b.benign.add(stream("askers", ""));
    return b;
  }

  private static BenignStreamSpec stream(String id, String side) {
    return new BenignStreamSpec(id, BenignKind.VOTING_INFO, "app", PER_DAY, 10_000, side);
  }

  private static QuestionSpec question(
      double overRefusal, double promptModification, PolicyCategory resembles) {
    return new QuestionSpec(
        "logistics",
        "Logistics",
        BenignKind.VOTING_INFO,
        1.0,
        true,
        overRefusal,
        promptModification,
        resembles);
  }

  private static VoterSpec voters(QuestionSpec question, InaccuracySpec inaccuracy) {
    return new VoterSpec(inaccuracy, 0.1, Lists.immutable.of(question), Lists.immutable.empty());
  }

  private static double days(ScenarioBuilder b) {
    return b.timeline.endTicks() / (double) Ticks.DAY;
  }

  /** The mean is within 4 standard errors of the expectation, and within 2% of it. */
  private static void assertNear(
      ImmutableList<ReplicationOutcome> outcomes, Metric metric, double expected) {
    ExactMoments m = new ExactMoments();
    outcomes.forEach(o -> m.add(o.value(metric)));
    double se = m.stdDev() / Math.sqrt(m.count());
    assertThat(Math.abs(m.mean() - expected))
        .as("%s: mean %.2f vs expected %.2f (se %.2f)", metric, m.mean(), expected, se)
        .isLessThanOrEqualTo(Math.max(4 * se, 1e-9))
        .isLessThanOrEqualTo(0.02 * expected);
  }
}
