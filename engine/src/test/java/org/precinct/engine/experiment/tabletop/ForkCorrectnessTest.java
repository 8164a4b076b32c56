package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

final class ForkCorrectnessTest {
  private final ScenarioSpec scenario = TabletopFixture.scenario();
  private final RunPlan plan = TabletopFixture.plan(scenario, 1);
  private final DecisionSchedule schedule = new DecisionSchedule(scenario);

  @Test
  void aRunPausedAtEarlierDecisionsHasTheDigestOfAnUninterruptedRun() {
    ElectionModel paused =
        new ElectionModel(scenario, plan.interventions(), Lists.immutable.empty(), plan.seed(), 0);
    paused.runUntil(TabletopFixture.DP1);
    paused.apply(Lists.immutable.empty());
    paused.runUntil(TabletopFixture.DP2);
    ElectionModel straight =
        new ElectionModel(scenario, plan.interventions(), Lists.immutable.empty(), plan.seed(), 0);
    straight.runUntil(TabletopFixture.DP2);

    assertThat(paused.stateDigest()).isEqualTo(straight.stateDigest());
  }

  @Test
  void aForkReplayedToADecisionHasTheDigestOfTheRunThatPlayedOnWithoutStopping() {
    ImmutableList<ScheduledChange> path =
        schedule.changes(
            Lists.immutable.of(new Choice("staffing", "surge"), new Choice("flags", "two-flags")));
    ElectionModel played =
        new ElectionModel(scenario, plan.interventions(), Lists.immutable.empty(), plan.seed(), 0);
    played.runUntil(TabletopFixture.DP1);
    played.apply(
        path.select(c -> c.atTicks() == TabletopFixture.DP1).collect(ScheduledChange::change));
    played.runUntil(TabletopFixture.DP2);
    played.apply(
        path.select(c -> c.atTicks() == TabletopFixture.DP2).collect(ScheduledChange::change));
    played.runUntil(TabletopFixture.DP3);

    ElectionModel fork = PathReplication.replay(scenario, plan, 0, path, TabletopFixture.DP3);

    assertThat(fork.stateDigest()).isEqualTo(played.stateDigest());
  }

  @Test
  void theDigestTellsApartStatesThatDiffer() {
    ElectionModel surge =
        PathReplication.replay(
            scenario,
            plan,
            0,
            schedule.changes(Lists.immutable.of(new Choice("staffing", "surge"))),
            TabletopFixture.DP2);
    ElectionModel hold =
        PathReplication.replay(
            scenario,
            plan,
            0,
            schedule.changes(Lists.immutable.of(new Choice("staffing", "hold"))),
            TabletopFixture.DP2);
    ElectionModel earlier =
        PathReplication.replay(scenario, plan, 0, Lists.immutable.empty(), TabletopFixture.DP1);

    assertThat(surge.stateDigest()).isNotEqualTo(hold.stateDigest());
    assertThat(hold.stateDigest()).isNotEqualTo(earlier.stateDigest());
  }

  @Test
  void anOptionThatChangesNothingGivesTheUninterruptedRunsOutcome() {
    ImmutableList<ScheduledChange> path =
        schedule.changes(
            Lists.immutable.of(new Choice("staffing", "hold"), new Choice("flags", "hold")));
    ReplicationOutcome forked =
        PathReplication.replay(scenario, plan, 0, path, TabletopFixture.DP2).run();
    ReplicationOutcome uninterrupted = new ScenarioRunner(scenario).runReplication(plan, 0);

    assertThat(forked).isEqualTo(uninterrupted);
  }

  @Test
  void theRunTheTeamStartsOnIsTheScenarioRunAsWrittenReplicationByReplication() {
    RunPlan three = TabletopFixture.plan(scenario, 3);
    DecisionStop stop = new TabletopSession(scenario, three).next(ProgressListener.NONE);
    java.util.List<double[]> uninterrupted = new java.util.ArrayList<>();
    new ScenarioRunner(scenario)
        .run(three, ProgressListener.NONE, o -> uninterrupted.add(o.metricValues()));

    for (Metric m : Metric.values()) {
      double[] expected = new double[3];
      for (int r = 0; r < 3; r++) {
        expected[r] = uninterrupted.get(r)[m.ordinal()];
      }
      assertThat(stop.comparison().carryOn().values(m)).as(m.id()).isEqualTo(expected);
    }
  }
}
