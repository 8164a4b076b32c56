package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.engine.model.Variants.mean;
import static org.precinct.engine.model.Variants.run;
import static org.precinct.engine.model.Variants.scale;
import static org.precinct.engine.model.Variants.set;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.AdaptationSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Behaviour a trust-and-safety planner expects, each variant run on the same replications with
 * common random numbers and a fixed seed, so differences come from the change, not from noise.
 */
final class ModelBehaviourTest {
  private static final int REPLICATIONS = 8;
  private final ScenarioSpec spec = TestScenarios.small().build();

  /**
   * Each replication's share over a ladder of staffing levels, paired: the share is over about 300
   * accounts, so one account detected a little later moves it by 0.003; re-created accounts enter
   * at slightly different times in each variant, so a dip of up to 0.01 (three accounts) per
   * replication and step is tolerated, and the ladder must rise by far more than that overall.
   */
  @Test
  void moreReviewersNeverLowerTheShareEnforcedWithin24Hours() {
    ScenarioSpec reviewBound = reviewBound();
    double[] previous = null;
    double[] first = null;
    for (double factor : new double[] {0.25, 0.5, 1, 2, 4}) {
      Change staff = scale(Parameter.QUEUE_STAFF_SCALE, "", factor);
      double[] share =
          run(reviewBound, REPLICATIONS, staff)
              .collectDouble(o -> o.value(Metric.ENFORCED_WITHIN_24H_SHARE))
              .toArray();
      for (int r = 0; previous != null && r < share.length; r++) {
        assertThat(share[r])
            .as("staff x%s, replication %s", factor, r)
            .isGreaterThan(previous[r] - 0.01);
      }
      first = first == null ? share : first;
      previous = share;
    }
    assertThat(Variants.average(previous)).isGreaterThan(Variants.average(first) + 0.3);
  }

  /**
   * The small scenario with review as the bottleneck: every campaign on the consumer app (no
   * partner delay), without adaptation (whose quiet periods shift every later request), severe
   * enough to skip the warning, and a first-come-first-served review queue carrying 6 background
   * cases an hour (more than the night shift clears), so enforcement waits mostly for review.
   */
  private static ScenarioSpec reviewBound() {
    ScenarioBuilder b = TestScenarios.small();
    b.editCampaigns(ModelBehaviourTest::onConsumerAppWithoutAdaptation);
    b.replaceQueue("review", ModelBehaviourTest::firstComeFirstServedWithBackground);
    return b.build();
  }

  private static CampaignSpec onConsumerAppWithoutAdaptation(CampaignSpec c) {
    return new CampaignSpec(
        c.id(),
        c.label(),
        c.category(),
        "consumer-app",
        c.startTicks(),
        c.endTicks(),
        c.accounts(),
        c.intensity(),
        c.harmfulShare(),
        4.0,
        c.networkId(),
        AdaptationSpec.none(),
        c.active());
  }

  private static QueueSpec firstComeFirstServedWithBackground(QueueSpec q) {
    return new QueueSpec(
        q.id(),
        q.label(),
        q.shifts(),
        q.handleTime(),
        q.accuracy(),
        q.benignClearRate(),
        q.escalationShare(),
        q.escalationQueueId(),
        q.slaTicks(),
        6.0,
        q.initialBacklog(),
        false,
        q.appealShare(),
        q.appealHandleTime());
  }

  /**
   * A higher operating point flags a superset of the harmful requests (each request's classifier
   * draw is shared), so detection can only come sooner; and under the binormal ROC at AUC 0.98 the
   * false-positive rate rises from about 0.3% to about 4.5%, far beyond Poisson noise.
   */
  @Test
  void aHigherOperatingPointCatchesCampaignsSoonerAndRaisesFalsePositives() {
    ImmutableList<ReplicationOutcome> low =
        run(spec, REPLICATIONS, set(Parameter.CLASSIFIER_RECALL, "", 0.5));
    ImmutableList<ReplicationOutcome> high =
        run(spec, REPLICATIONS, set(Parameter.CLASSIFIER_RECALL, "", 0.9));
    assertThat(mean(high, Metric.RESTRICTED_MEAN_HOURS_TO_DETECT))
        .isLessThan(mean(low, Metric.RESTRICTED_MEAN_HOURS_TO_DETECT) * 0.9);
    assertThat(campaignDetectionHours(high)).isLessThan(campaignDetectionHours(low));
    assertThat(mean(high, Metric.FALSE_POSITIVE_FLAGS))
        .isGreaterThan(5 * mean(low, Metric.FALSE_POSITIVE_FLAGS));
  }

  private static double campaignDetectionHours(ImmutableList<ReplicationOutcome> outcomes) {
    return outcomes
        .flatCollect(ReplicationOutcome::campaigns)
        .collectDouble(
            c -> Double.isNaN(c.firstDetectionHours()) ? 24 * 14 : c.firstDetectionHours())
        .average();
  }

  /**
   * Voting-information redirects are a Poisson count with mean share x volume, so doubling the
   * volume doubles them: over 14 days at 15,000 requests a day the count is about 126,000, whose
   * Poisson noise is 0.3%; a ratio within 2 +/- 0.03 allows ten times that.
   */
  @Test
  void redirectsScaleWithVotingInformationTraffic() {
    ImmutableList<ReplicationOutcome> base = run(spec, 3);
    ImmutableList<ReplicationOutcome> doubled =
        run(spec, 3, scale(Parameter.BENIGN_REQUESTS_PER_DAY, "voting-info", 2));
    ImmutableList<ReplicationOutcome> none =
        run(spec, 3, set(Parameter.BENIGN_REQUESTS_PER_DAY, "voting-info", 0));
    assertThat(mean(doubled, Metric.REDIRECTS) / mean(base, Metric.REDIRECTS))
        .isBetween(1.97, 2.03);
    assertThat(mean(none, Metric.REDIRECTS)).isZero();
  }
}
