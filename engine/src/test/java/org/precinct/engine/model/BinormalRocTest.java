package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class BinormalRocTest {

  @Test
  void separationFollowsTheAuc() {
    // d' = sqrt(2) * PhiInverse(0.95) = sqrt(2) * 1.6448536
    assertThat(BinormalRoc.separation(0.95)).isCloseTo(2.3261743, within(1e-6));
    assertThat(BinormalRoc.separation(0.5)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void falsePositiveRateMatchesTheHandComputedOperatingPoint() {
    // t = 2.3261743 - PhiInverse(0.7) = 2.3261743 - 0.5244005 = 1.8017738; FPR = 1 - Phi(t) =
    // 0.0357905
    assertThat(BinormalRoc.falsePositiveRate(0.95, 0.7)).isCloseTo(0.0357905, within(1e-6));
  }

  @Test
  void aChanceClassifierHasEqualRecallAndFalsePositiveRate() {
    assertThat(BinormalRoc.falsePositiveRate(0.5, 0.3)).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void raisingRecallRaisesTheFalsePositiveRate() {
    double previous = 0;
    for (double recall = 0.1; recall < 1.0; recall += 0.1) {
      double fpr = BinormalRoc.falsePositiveRate(0.9, recall);
      assertThat(fpr).isGreaterThan(previous);
      previous = fpr;
    }
  }

  @Test
  void aPerfectClassifierHasNoFalsePositivesAndZeroRecallFlagsNothing() {
    assertThat(BinormalRoc.falsePositiveRate(1.0, 0.99)).isZero();
    assertThat(BinormalRoc.falsePositiveRate(1.0, 1.0)).isZero();
    assertThat(BinormalRoc.falsePositiveRate(0.8, 0.0)).isZero();
  }
}
