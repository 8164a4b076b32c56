package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.Comparison;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.ModuleSpec;
import org.precinct.engine.spec.ObjectiveSpec;

/** A run's objective tally assesses the objectives as play does on the same values. */
final class ObjectiveTallyTest {
  private static final double[] SHARES = {0.62, 0.41, 0.55, 0.50, 0.38};
  private static final double[] BACKLOG = {30, 40, 41, 60, 70};

  private final ExerciseSpec exercise =
      new ExerciseSpec(
          Lists.immutable.of(new ModuleSpec("late", "Late", 0, 1)),
          Lists.immutable.of(
              new ObjectiveSpec(
                  "fast", "Fast", "enforced-within-24h-share", Comparison.AT_LEAST, 0.5, ""),
              new ObjectiveSpec("calm", "Calm", "peak-backlog", Comparison.AT_MOST, 45, "late")));

  private ObjectiveTally tally() {
    ObjectiveTally tally = new ObjectiveTally(exercise);
    for (int r = 0; r < SHARES.length; r++) {
      int i = r;
      tally.record(r, m -> m == Metric.ENFORCED_WITHIN_24H_SHARE ? SHARES[i] : BACKLOG[i]);
    }
    return tally;
  }

  @Test
  void eachObjectiveIsMetInTheReplicationsItsMetricMeetsTheTarget() {
    ExerciseAssessment a = tally().assessment();

    assertThat(a.objectives().get(0).met().successes()).isEqualTo(3);
    assertThat(a.objectives().get(1).met().successes()).isEqualTo(3);
    assertThat(a.objectives().get(0).met())
        .isEqualTo(ObjectiveAssessment.of(exercise.objectives().get(0), SHARES).met());
    assertThat(a.allMet()).isEqualTo(Proportion.wilson(2, 5));
    assertThat(a.modules())
        .singleElement()
        .satisfies(m -> assertThat(m.allMet().successes()).isEqualTo(3));
  }

  @Test
  void replicationsOutOfOrderAreRefused() {
    ObjectiveTally tally = new ObjectiveTally(exercise);

    assertThatThrownBy(() -> tally.record(1, m -> 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("replication 1 arrived, expected 0");
  }

  @Test
  void anExerciseWithoutObjectivesHasNothingToAssess() {
    ObjectiveTally tally = new ObjectiveTally(ExerciseSpec.empty());
    tally.record(0, m -> 1);

    assertThat(tally.hasObjectives()).isFalse();
    assertThat(tally.assessment().objectives()).isEmpty();
  }
}
