package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class EstimateTest {

  @Test
  void theIntervalUsesStudentTWithNMinusOneDegreesOfFreedom() {
    Estimate estimate = Estimate.of(new double[] {1, 2, 3, 4, 5});
    assertThat(estimate.mean()).isEqualTo(3);
    assertThat(estimate.stdError()).isCloseTo(Math.sqrt(2.5 / 5), within(1e-12));
    // t(0.975, 4) = 2.776445105
    assertThat(estimate.halfWidth()).isCloseTo(2.776445105 * Math.sqrt(0.5), within(1e-8));
    assertThat(estimate.ciLow()).isCloseTo(3 - estimate.halfWidth(), within(1e-12));
  }

  @Test
  void thePValueIsThatOfTheTwoSidedOneSampleTTest() {
    // t = 3 / sqrt(0.5) = 4.2426 on 4 df: two-sided p = 0.01324
    assertThat(Estimate.of(new double[] {1, 2, 3, 4, 5}).pValue()).isCloseTo(0.01324, within(1e-4));
    assertThat(Estimate.of(new double[] {-1, 1, -1, 1}).pValue()).isCloseTo(1, within(1e-12));
  }

  @Test
  void aSingleObservationHasAnInfiniteHalfWidth() {
    Estimate estimate = Estimate.of(new double[] {4});
    assertThat(estimate.mean()).isEqualTo(4);
    assertThat(estimate.halfWidth()).isInfinite();
    assertThat(estimate.pValue()).isEqualTo(1);
  }

  @Test
  void aConstantSampleHasAZeroWidthIntervalAndADecisivePValue() {
    Estimate estimate = Estimate.of(new double[] {2, 2, 2});
    assertThat(estimate.halfWidth()).isZero();
    assertThat(estimate.excludesZero()).isTrue();
    assertThat(estimate.pValue()).isZero();
  }
}
