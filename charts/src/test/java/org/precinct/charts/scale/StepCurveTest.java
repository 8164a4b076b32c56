package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class StepCurveTest {

  private final StepCurve curve =
      new StepCurve(
          new double[] {2, 10, 30},
          new double[] {0.2, 0.5, 0.6},
          new double[] {0.1, 0.4, 0.5},
          new double[] {0.3, 0.6, 0.7});

  @Test
  void valueIsZeroBeforeTheFirstStep() {
    assertThat(curve.valueAt(0)).isZero();
    assertThat(curve.valueAt(1.99)).isZero();
  }

  @Test
  void valueIsTheLastStepAtOrBeforeTheHour() {
    assertThat(curve.valueAt(2)).isEqualTo(0.2);
    assertThat(curve.valueAt(9.5)).isEqualTo(0.2);
    assertThat(curve.valueAt(10)).isEqualTo(0.5);
    assertThat(curve.valueAt(1000)).isEqualTo(0.6);
  }

  @Test
  void tiedStepsTakeTheLastValue() {
    StepCurve tied =
        new StepCurve(
            new double[] {1, 1, 2},
            new double[] {0.1, 0.3, 0.4},
            new double[3],
            new double[] {1, 1, 1});
    assertThat(tied.valueAt(1)).isEqualTo(0.3);
  }

  @Test
  void neverReachedIsOneMinusThePlateau() {
    assertThat(curve.neverReached()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void anchoringStartsAtTheOriginAndCarriesThePlateauToTheEnd() {
    StepCurve drawn = curve.anchored(48);
    assertThat(drawn.hours()).containsExactly(0, 2, 10, 30, 48);
    assertThat(drawn.share()).containsExactly(0, 0.2, 0.5, 0.6, 0.6);
    assertThat(drawn.low()).containsExactly(0, 0.1, 0.4, 0.5, 0.5);
    assertThat(drawn.high()).containsExactly(0, 0.3, 0.6, 0.7, 0.7);
  }

  @Test
  void anchoringAddsNothingWhenTheCurveAlreadyCoversTheSpan() {
    StepCurve full =
        new StepCurve(
            new double[] {0, 5}, new double[] {0, 0.5}, new double[2], new double[] {0, 1});
    assertThat(full.anchored(5).hours()).containsExactly(0, 5);
  }

  @Test
  void anchoringDropsTheStepsAfterTheEndAndHoldsTheValueThere() {
    StepCurve drawn = curve.anchored(20);
    assertThat(drawn.hours()).containsExactly(0, 2, 10, 20);
    assertThat(drawn.share()).containsExactly(0, 0.2, 0.5, 0.5);
  }

  @Test
  void theCurveSettlesAtTheFirstStepWithinToleranceOfItsPlateau() {
    assertThat(curve.settledBy(0.15)).isEqualTo(10.0);
    assertThat(curve.settledBy(0.0)).isEqualTo(30.0);
  }

  @Test
  void anEmptyCurveIsDrawnFlatAtZero() {
    StepCurve empty = new StepCurve(new double[0], new double[0], new double[0], new double[0]);
    assertThat(empty.anchored(24).share()).containsExactly(0, 0);
    assertThat(empty.neverReached()).isEqualTo(1.0);
  }

  @Test
  void descendingHoursAreRejected() {
    assertThatThrownBy(
            () -> new StepCurve(new double[] {5, 1}, new double[2], new double[2], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascend");
  }
}
