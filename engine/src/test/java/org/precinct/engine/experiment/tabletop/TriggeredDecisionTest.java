package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;

final class TriggeredDecisionTest {
  private static final Map<String, String> CHOICES =
      Map.of("staffing", "surge", "flags", "two-flags", "suspension", "faster");

  /** The fixture with its second decision brought by harm passing half the run's total. */
  private static ScenarioSpec scenario() {
    ScenarioSpec s = TabletopFixture.scenario();
    RunPlan plan = TabletopFixture.plan(s, 1);
    double total =
        new ElectionModel(s, plan.interventions(), plan.extraChanges(), plan.seed(), 0)
            .run()
            .value(Metric.HARM_SEVERITY_WEIGHTED);
    TriggerSpec half = TriggerSpec.once(Lists.immutable.of(new TriggerCondition.Harm(total / 2)));
    ImmutableList<DecisionPointSpec> points =
        s.decisionPoints()
            .collect(
                d ->
                    d.id().equals("flags")
                        ? new DecisionPointSpec(d.id(), 0, d.question(), d.options(), half)
                        : d);
    return new ScenarioSpec(
        s.metadata(),
        s.timeline(),
        s.channels(),
        s.campaigns(),
        s.benign(),
        s.defenses(),
        s.queues(),
        s.enforcement(),
        s.harmWeighting(),
        s.injects(),
        s.interventions(),
        points,
        s.exercise(),
        s.uncertainties(),
        s.run());
  }

  private record Played(ExerciseOutcome outcome, ImmutableList<DecisionStop> stops) {}

  private static Played play(ScenarioSpec scenario, RunPlan plan) {
    TabletopSession session = new TabletopSession(scenario, plan);
    var stops = Lists.mutable.<DecisionStop>empty();
    while (session.hasNextDecision()) {
      DecisionStop stop = session.next(ProgressListener.NONE);
      stops.add(stop);
      session.choose(CHOICES.get(stop.decision().id()));
    }
    return new Played(session.finish(ProgressListener.NONE), stops.toImmutable());
  }

  private static double value(ReplicationOutcome o, String measure) {
    GroupValue v =
        o.groups()
            .detect(
                g ->
                    g.table().equals("triggered-decisions")
                        && g.group().equals("flags")
                        && g.measure().equals(measure));
    return v == null ? Double.NaN : v.value();
  }

  @Test
  void theSessionStopsWhereTheTriggerFiresInTheStoryReplicationAndEachReplicationAppliesItsOwn() {
    ScenarioSpec scenario = scenario();
    RunPlan plan = TabletopFixture.plan(scenario, 4);
    Played played = play(scenario, plan);
    DecisionStop flags = played.stops().detect(s -> s.decision().id().equals("flags"));
    long at = flags.decision().atTicks();
    assertThat(at % Ticks.HOUR).isZero();
    assertThat(at).isBetween(1L, scenario.timeline().endTicks() - 1);
    // the stops come in time order, whatever the written order
    assertThat(played.stops().collectLong(s -> s.decision().atTicks()).toArray()).isSorted();

    DecisionSchedule schedule = new DecisionSchedule(scenario);
    ImmutableList<ScheduledChange> path = schedule.changes(played.outcome().choices());
    long end = scenario.timeline().endTicks();
    double[] fired = new double[plan.replications()];
    for (int r = 0; r < plan.replications(); r++) {
      ReplicationOutcome o = PathReplication.replay(scenario, plan, r, path, end).run();
      fired[r] = value(o, "first-fire-hours");
      // the played path is exactly this replay, replication by replication
      assertThat(o.value(Metric.HARM_SEVERITY_WEIGHTED))
          .isEqualTo(played.outcome().played().values(Metric.HARM_SEVERITY_WEIGHTED)[r]);
    }
    assertThat(fired[0]).isEqualTo(at / (double) Ticks.HOUR);
    assertThat(fired).doesNotContain(Double.NaN);
    assertThat(java.util.Arrays.stream(fired).distinct().count()).isGreaterThan(1);
  }

  @Test
  void playingTheSameChoicesAgainReplaysExactlyAtAnyThreadCount() {
    ScenarioSpec scenario = scenario();
    Played first = play(scenario, TabletopFixture.plan(scenario, 3));
    Played again = play(scenario, TabletopFixture.plan(scenario, 3).withThreads(1));
    for (Metric m : Metric.values()) {
      assertThat(again.outcome().played().values(m))
          .as(m.id())
          .isEqualTo(first.outcome().played().values(m));
    }
    assertThat(again.stops().collect(s -> s.decision()))
        .isEqualTo(first.stops().collect(s -> s.decision()));
    for (int k = 0; k < first.stops().size(); k++) {
      DecisionComparison a = first.stops().get(k).comparison();
      DecisionComparison b = again.stops().get(k).comparison();
      for (String option : a.decision().options().collect(o -> o.id())) {
        assertThat(b.option(option).run().values(Metric.HARM_SEVERITY_WEIGHTED))
            .isEqualTo(a.option(option).run().values(Metric.HARM_SEVERITY_WEIGHTED));
      }
    }
  }
}
