package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.ProgressListener;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;

final class TabletopSessionTest {
  private static final String[] CHOICES = {"surge", "hold", "faster"};
  private final ScenarioSpec scenario = TabletopFixture.scenario();

  private static ExerciseOutcome play(ScenarioSpec scenario, RunPlan plan) {
    TabletopSession session = new TabletopSession(scenario, plan);
    for (String choice : CHOICES) {
      session.next(ProgressListener.NONE);
      session.choose(choice);
    }
    return session.finish(ProgressListener.NONE);
  }

  @Test
  void playingTheSameChoicesTwiceGivesIdenticalNumbersWhateverTheThreadCount() {
    ExerciseOutcome first = play(scenario, TabletopFixture.plan(scenario, 3));
    ExerciseOutcome again = play(scenario, TabletopFixture.plan(scenario, 3).withThreads(1));

    for (Metric m : Metric.values()) {
      assertThat(again.played().values(m)).as(m.id()).isEqualTo(first.played().values(m));
    }
    assertThat(again.choices()).isEqualTo(first.choices());
    assertThat(first.decisions()).hasSize(3);
  }

  @Test
  void anOptionThatChangesNothingMatchesCarryingOnExactly() {
    TabletopSession session = new TabletopSession(scenario, TabletopFixture.plan(scenario, 2));
    DecisionStop stop = session.next(ProgressListener.NONE);
    OptionEffect hold = stop.comparison().option("hold");

    for (Metric m : Metric.values()) {
      assertThat(hold.run().values(m)).isEqualTo(stop.comparison().carryOn().values(m));
    }
    assertThat(hold.effects().allSatisfy(e -> e.difference().mean() == 0)).isTrue();
  }

  @Test
  void theSituationAtAStopDoesNotDependOnLaterInjects() {
    ScenarioSpec altered = withoutLateInject(scenario);
    RunPlan plan = TabletopFixture.plan(scenario, 2);
    Situation original =
        new TabletopSession(scenario, plan).next(ProgressListener.NONE).situation();
    Situation other = new TabletopSession(altered, plan).next(ProgressListener.NONE).situation();

    assertThat(other.harmDelivered()).isEqualTo(original.harmDelivered());
    assertThat(other.campaigns()).isEqualTo(original.campaigns());
    assertThat(other.queues()).isEqualTo(original.queues());
    assertThat(original.soFar().metadata().injects())
        .extracting("label")
        .containsExactly("Reviewer outage");
  }

  @Test
  void aStopListsOnlyTheInjectsMadeSinceThePreviousStop() {
    TabletopSession session = new TabletopSession(scenario, TabletopFixture.plan(scenario, 2));
    DecisionStop first = session.next(ProgressListener.NONE);
    session.choose("hold");
    DecisionStop second = session.next(ProgressListener.NONE);
    session.choose("hold");
    DecisionStop third = session.next(ProgressListener.NONE);

    assertThat(first.injectsSince()).extracting(InjectSpec::id).containsExactly("early-outage");
    assertThat(second.injectsSince()).isEmpty();
    assertThat(third.injectsSince()).extracting(InjectSpec::id).containsExactly("late-wave");
  }

  @Test
  void objectivesAreAssessedOnEveryReplicationOfThePlayedRun() {
    ExerciseOutcome outcome = play(scenario, TabletopFixture.plan(scenario, 3));
    ExerciseAssessment objectives = outcome.objectives();

    ObjectiveAssessment lowHarm = objectives.objectives().getFirst();
    assertThat(lowHarm.met().successes()).isEqualTo(3);
    assertThat(lowHarm.met().n()).isEqualTo(3);
    assertThat(objectives.modules())
        .extracting(m -> m.module().id())
        .containsExactly("first-week", "second-week");
    assertThat(objectives.allMet().n()).isEqualTo(3);
  }

  @Test
  void anUnknownOptionIsRejectedWithTheValidOnes() {
    TabletopSession session = new TabletopSession(scenario, TabletopFixture.plan(scenario, 1));
    session.next(ProgressListener.NONE);

    assertThatThrownBy(() -> session.choose("panic"))
        .hasMessageContaining("no option 'panic'")
        .hasMessageContaining("hold, surge");
  }

  private static ScenarioSpec withoutLateInject(ScenarioSpec s) {
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
        Lists.immutable.of(s.injects().getFirst()),
        s.interventions(),
        s.decisionPoints(),
        s.exercise(),
        s.uncertainties(),
        s.run());
  }
}
