package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SequentialReplicationsTest {

  /** Standard deviation about 2.9 (uniform on 10 wide): a 0.5 half-width needs about 130. */
  private static final VariantEvaluator NOISY =
      VariantEvaluator.ofCells((variant, r) -> 10 * SyntheticGames.hash(variant, r));

  @Test
  void replicationsGrowUntilTheHalfWidthMeetsTheTarget() {
    Sequential<Estimate> outcome =
        SequentialReplications.run(
            TargetPrecision.of(0.5, 1000),
            n -> Estimate.of(NOISY.evaluateReplications(0, n)),
            Estimate::halfWidth);
    assertThat(outcome.reached()).isTrue();
    assertThat(outcome.halfWidth()).isLessThanOrEqualTo(0.5);
    assertThat(outcome.replications()).isBetween(100, 250);
    assertThat(outcome.result().n()).isEqualTo(outcome.replications());
  }

  @Test
  void theCapStopsAnUnreachableTarget() {
    Sequential<Estimate> outcome =
        SequentialReplications.run(
            TargetPrecision.of(0.001, 60),
            n -> Estimate.of(NOISY.evaluateReplications(0, n)),
            Estimate::halfWidth);
    assertThat(outcome.reached()).isFalse();
    assertThat(outcome.replications()).isEqualTo(60);
  }

  @Test
  void eachStepAddsAtLeastABatchAndAtMostFourTimesTheCount() {
    TargetPrecision target = new TargetPrecision(1, 10, 5, 10_000);
    assertThat(SequentialReplications.nextCount(target, 10, 1.01)).isEqualTo(15);
    assertThat(SequentialReplications.nextCount(target, 10, 100)).isEqualTo(40);
    assertThat(SequentialReplications.nextCount(target, 20, 1.5)).isEqualTo(45);
  }
}
