package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.engine.model.Variants.mean;
import static org.precinct.engine.model.Variants.run;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.spec.AccountsSpec;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.FlaggingSpec;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Re-creating suspended accounts keeps a campaign alive, paired under common random numbers: the
 * initial accounts send the same requests in both variants until they are suspended.
 */
final class RecreationBehaviourTest {
  private static final int REPLICATIONS = 6;

  /**
   * Three campaigns of six accounts against fast, strong enforcement: without re-creation all
   * accounts are suspended within days and the campaigns are disrupted; with re-creation (up to 100
   * replacements each, about a day later) they still have accounts on the last day, are disrupted
   * in far fewer replications and deliver more harm. The margins are large against the noise of 18
   * x 6 accounts.
   */
  @Test
  void recreatedAccountsKeepACampaignAlive() {
    ImmutableList<ReplicationOutcome> once = run(scenario(false), REPLICATIONS);
    ImmutableList<ReplicationOutcome> again = run(scenario(true), REPLICATIONS);
    assertThat(mean(once, Metric.CAMPAIGNS_DISRUPTED_BEFORE_ELECTION)).isGreaterThanOrEqualTo(2.5);
    assertThat(mean(again, Metric.CAMPAIGNS_DISRUPTED_BEFORE_ELECTION)).isLessThan(1.0);
    assertThat(lastDayActiveAccounts(once)).isZero();
    assertThat(lastDayActiveAccounts(again)).isGreaterThan(1);
    assertThat(mean(again, Metric.HARM_DELIVERED))
        .isGreaterThan(1.5 * mean(once, Metric.HARM_DELIVERED));
    assertThat(mean(again, Metric.ACCOUNTS_RECREATED)).isGreaterThan(30);
  }

  private static double lastDayActiveAccounts(ImmutableList<ReplicationOutcome> outcomes) {
    return outcomes
        .collectDouble(
            o -> {
              double[] daily = o.series(SeriesKind.ACTIVE_ACCOUNTS, "all").values();
              return daily[daily.length - 1];
            })
        .average();
  }

  private static ScenarioSpec scenario(boolean recreate) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.timeline =
        ScenarioBuilder.timeline(
            java.time.LocalDate.of(2024, 10, 23), java.time.LocalDate.of(2024, 11, 6));
    b.channels.add(ScenarioBuilder.channel("consumer-app", ChannelKind.CONSUMER_APP));
    b.classifiers.add(ScenarioBuilder.classifier("strong", 0.98, 0.9, 0.1));
    b.flagging = new FlaggingSpec(2, Ticks.DAY);
    b.queues.add(
        ScenarioBuilder.alwaysOnQueue("review", 3, new DistributionSpec.LogNormal(0.2, 0.6)));
    b.enforcement =
        new EnforcementSpec(
            0.0,
            new DistributionSpec.Constant(1.0),
            new DistributionSpec.Constant(1.0),
            "review",
            "review");
    for (PolicyCategory category :
        new PolicyCategory[] {
          PolicyCategory.ELECTION_MISINFORMATION,
          PolicyCategory.VOTER_PROFILING,
          PolicyCategory.SOLICITATION
        }) {
      b.campaigns.add(campaign(b, category, recreate));
    }
    return b.build();
  }

  /** Six accounts sending 24 requests a day, 80% harmful, severity 4, re-created or not. */
  private static org.precinct.engine.spec.CampaignSpec campaign(
      ScenarioBuilder b, PolicyCategory category, boolean recreate) {
    AccountsSpec accounts =
        new AccountsSpec(6, 0.0, recreate, new DistributionSpec.LogNormal(24.0, 72.0), 100);
    var c = b.campaign(category.id(), category, "consumer-app", 6, 24.0);
    return new org.precinct.engine.spec.CampaignSpec(
        c.id(),
        c.label(),
        c.category(),
        c.channelId(),
        c.startTicks(),
        c.endTicks(),
        accounts,
        c.intensity(),
        0.8,
        4.0,
        "",
        c.adaptation(),
        true);
  }
}
