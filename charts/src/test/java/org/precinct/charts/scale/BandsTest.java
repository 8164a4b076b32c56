package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class BandsTest {

  @Test
  void cumulativeIsTheRunningTotalWithGapsAsZero() {
    assertThat(Bands.cumulative(new double[] {1, 2, Double.NaN, 4})).containsExactly(1, 3, 3, 7);
  }

  @Test
  void aBandThatDoesNotHoldItsMedianIsRejected() {
    assertThatThrownBy(
            () -> Bands.requireOrdered(new double[] {1}, new double[] {0.5}, new double[] {2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order at 0");
  }

  @Test
  void bandsOfDifferentLengthsAreRejected() {
    assertThatThrownBy(() -> Bands.requireOrdered(new double[1], new double[2], new double[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void argMaxFindsTheFirstLargestFiniteValue() {
    assertThat(Bands.argMax(new double[] {1, Double.NaN, 5, 5})).isEqualTo(2);
    assertThat(Bands.argMax(new double[] {Double.NaN})).isEqualTo(-1);
  }
}
