package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class AxisRangesTest {

  @Test
  void niceCeilingRoundsUpToOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertThat(AxisRanges.niceCeiling(0.7)).isEqualTo(1.0);
    assertThat(AxisRanges.niceCeiling(1.0)).isEqualTo(1.0);
    assertThat(AxisRanges.niceCeiling(1.3)).isEqualTo(2.0);
    assertThat(AxisRanges.niceCeiling(2.2)).isEqualTo(2.5);
    assertThat(AxisRanges.niceCeiling(3)).isEqualTo(5.0);
    assertThat(AxisRanges.niceCeiling(17.5)).isEqualTo(20.0);
    assertThat(AxisRanges.niceCeiling(730)).isEqualTo(1000.0);
  }

  @Test
  void niceCeilingOfNothingIsOne() {
    assertThat(AxisRanges.niceCeiling(0)).isEqualTo(1.0);
    assertThat(AxisRanges.niceCeiling(Double.NaN)).isEqualTo(1.0);
  }

  @Test
  void niceUpperLeavesHeadroomAndEndsOnAWholeTick() {
    assertThat(AxisRanges.niceUpper(100, 5)).isEqualTo(125.0);
    assertThat(AxisRanges.niceUpper(105, 6)).isEqualTo(120.0);
    assertThat(AxisRanges.niceUpper(0, 6)).isEqualTo(1.0);
  }

  @Test
  void tickUnitSplitsTheSpanIntoAtMostTheRequestedTicks() {
    assertThat(AxisRanges.tickUnit(100, 10)).isEqualTo(10.0);
    assertThat(AxisRanges.tickUnit(130, 10)).isEqualTo(20.0);
    assertThatThrownBy(() -> AxisRanges.tickUnit(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extentsIgnoreNaNAndInfinity() {
    double[] a = {3, Double.NaN, -2};
    double[] b = {Double.POSITIVE_INFINITY, 7};
    assertThat(AxisRanges.maxFinite(a, b)).isEqualTo(7.0);
    assertThat(AxisRanges.minFinite(a, b)).isEqualTo(-2.0);
    assertThat(AxisRanges.maxFinite(new double[] {Double.NaN})).isZero();
  }

  @Test
  void hourStepKeepsWholeDaysWhole() {
    assertThat(AxisRanges.hourStep(10, 10)).isEqualTo(1);
    assertThat(AxisRanges.hourStep(48, 10)).isEqualTo(6);
    assertThat(AxisRanges.hourStep(240, 10)).isEqualTo(24);
    assertThat(AxisRanges.hourStep(480, 10)).isEqualTo(48);
    assertThat(AxisRanges.hourStep(24 * 60, 10)).isEqualTo(168);
  }
}
