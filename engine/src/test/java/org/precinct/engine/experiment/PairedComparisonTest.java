package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

final class PairedComparisonTest {

  /** Baseline harm 100 with a shared replication load; mix k removes 2k percent of it. */
  private static final VariantEvaluator MIXES =
      VariantEvaluator.ofCells(
          (variant, r) ->
              100 * (0.5 + SyntheticGames.hash(r, 0)) * (1 - 0.02 * variant)
                  + SyntheticGames.hash(variant, r));

  @Test
  void differencesArePairedByReplicationAndHolmAdjusted() {
    ComparisonResult result =
        PairedComparison.run(
            Lists.immutable.of("small", "medium", "large"),
            MIXES,
            Direction.LOWER_IS_BETTER,
            30,
            Estimate.DEFAULT_LEVEL);
    assertThat(result.replications()).isEqualTo(30);
    MixComparison large = result.mixes().getLast();
    assertThat(large.mixId()).isEqualTo("large");
    assertThat(large.difference().mean())
        .isCloseTo(large.value().mean() - result.baseline().mean(), within(1e-9));
    assertThat(large.difference().halfWidth()).isLessThan(large.value().halfWidth() / 5);
    assertThat(large.betterShare()).isEqualTo(1.0);
    assertThat(large.worseShare()).isZero();
    assertThat(large.significant(0.05)).isTrue();
    for (MixComparison mix : result.mixes()) {
      assertThat(mix.holmPValue()).isGreaterThanOrEqualTo(mix.pValue());
    }
  }

  @Test
  void theBetterShareFollowsTheMetricsDirection() {
    double[] baseline = {1, 2, 3, 4};
    double[][] mix = {{2, 1, 3, 5}};
    ComparisonResult higher =
        PairedComparison.compare(
            Lists.immutable.of("m"), baseline, mix, Direction.HIGHER_IS_BETTER, 0.95);
    ComparisonResult lower =
        PairedComparison.compare(
            Lists.immutable.of("m"), baseline, mix, Direction.LOWER_IS_BETTER, 0.95);
    assertThat(higher.mixes().getFirst().betterShare()).isEqualTo(0.5);
    assertThat(higher.mixes().getFirst().worseShare()).isEqualTo(0.25);
    assertThat(lower.mixes().getFirst().betterShare()).isEqualTo(0.25);
  }
}
