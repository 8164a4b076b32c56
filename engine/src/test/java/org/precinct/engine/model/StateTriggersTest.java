package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;

final class StateTriggersTest {

  private static ReplicationOutcome run(ScenarioSpec s, int replication) {
    return new ElectionModel(s, InterventionSet.none(), Lists.immutable.empty(), 99L, replication)
        .run();
  }

  private static ScenarioSpec withTrigger(long notBefore, TriggerSpec trigger, Change... changes) {
    ScenarioBuilder b = TestScenarios.small();
    b.injects.add(
        new InjectSpec(
                "triggered",
                notBefore,
                "Triggered",
                "Narrative",
                Lists.immutable.of(changes),
                "",
                Lists.immutable.empty(),
                Lists.immutable.empty(),
                "")
            .withTrigger(notBefore, trigger));
    return b.build();
  }

  private static TriggerSpec once(TriggerCondition c) {
    return TriggerSpec.once(Lists.immutable.of(c));
  }

  private static double measure(ReplicationOutcome o, String measure) {
    GroupValue v =
        o.groups()
            .detect(g -> g.table().equals(StateTriggers.TABLE) && g.measure().equals(measure));
    return v == null ? Double.NaN : v.value();
  }

  @Test
  void aTriggerThatNeverFiresLeavesEveryNumberUnchanged() {
    ScenarioSpec plain = TestScenarios.small().build();
    ScenarioSpec never =
        withTrigger(
            0, once(new TriggerCondition.Harm(1e12)), new Change.StopCampaign("campaign-0"));
    for (int r = 0; r < 3; r++) {
      ReplicationOutcome a = run(plain, r);
      ReplicationOutcome b = run(never, r);
      assertThat(b.metricValues()).isEqualTo(a.metricValues());
      assertThat(b.series()).isEqualTo(a.series());
      assertThat(b.timeToEvent()).isEqualTo(a.timeToEvent());
      assertThat(b.campaigns()).isEqualTo(a.campaigns());
      assertThat(b.outcomes()).isEqualTo(a.outcomes());
      assertThat(b.groups().reject(g -> g.table().equals(StateTriggers.TABLE)))
          .isEqualTo(a.groups());
      assertThat(measure(b, "fired")).isZero();
      assertThat(measure(b, "first-fire-hours")).isNaN();
    }
  }

  @Test
  void aTimeConditionFiresOnceAtTheFirstHourBoundaryItHoldsAndAppliesItsChanges() {
    long milestone = 2 * Ticks.DAY + 30 * Ticks.MINUTE;
    ScenarioSpec s =
        withTrigger(
            0,
            once(new TriggerCondition.AfterMilestone("m", milestone, Ticks.HOUR)),
            new Change.StopCampaign("campaign-0"));
    ReplicationOutcome o = run(s, 0);
    // holds from 2d 01:30; the first hour boundary then is 2d 02:00
    assertThat(measure(o, "first-fire-hours")).isEqualTo(50.0);
    assertThat(measure(o, "firings")).isEqualTo(1.0);
    assertThat(o.campaigns().detect(c -> c.campaignId().equals("campaign-0")).endTicks())
        .isEqualTo(50 * Ticks.HOUR);
  }

  @Test
  void notBeforeHoldsATriggerBackAndEveryRefiresAfterItsCooldown() {
    TriggerSpec every =
        new TriggerSpec(
            Lists.immutable.of(new TriggerCondition.Takedowns(0)), true, 6 * Ticks.HOUR);
    ScenarioSpec s = withTrigger(Ticks.DAY, every);
    ReplicationOutcome o = run(s, 0);
    assertThat(measure(o, "first-fire-hours")).isEqualTo(24.0);
    long window = s.timeline().endTicks() - Ticks.DAY;
    // at 24 h, then every 6 h while the window is open (the end instant itself never fires)
    assertThat(measure(o, "firings")).isEqualTo((double) ((window - 1) / (6 * Ticks.HOUR) + 1));
  }

  @Test
  void aBacklogTriggerFiresAtTheSameInstantInRepeatedRunsAndTheObserverSeesIt() {
    ScenarioSpec s =
        withTrigger(
            0,
            once(
                new TriggerCondition.Backlog(
                    TestScenarios.small().build().queues().get(0).id(), 0)),
            new Change.StopCampaign("campaign-1"));
    MutableList<ObservedEvent> events = Lists.mutable.empty();
    ReplicationOutcome observed =
        new ElectionModel(s, InterventionSet.none(), Lists.immutable.empty(), 99L, 2, events::add)
            .run();
    assertThat(observed).isEqualTo(run(s, 2));
    ImmutableList<ObservedEvent> fired =
        events.select(e -> e.kind() == ObservedKind.INJECT_FIRED).toImmutable();
    assertThat(fired).hasSize(1);
    assertThat(fired.get(0).detail()).isEqualTo("triggered");
    assertThat(fired.get(0).atTicks() % Ticks.HOUR).isZero();
    assertThat(fired.get(0).atTicks() / (double) Ticks.HOUR)
        .isEqualTo(measure(observed, "first-fire-hours"));
    assertThat(observed.value(Metric.HARMFUL_REQUESTS)).isPositive();
  }
}
