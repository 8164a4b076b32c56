package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class HolmCorrectionTest {

  @Test
  void adjustedValuesMatchTheStepDownProcedureOnKnownPValues() {
    double[] adjusted = HolmCorrection.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void adjustedValuesMatchRsPAdjustHolm() {
    // p.adjust(c(0.001, 0.02, 0.2, 0.04, 0.7), method = "holm") in R 4.3
    double[] adjusted = HolmCorrection.adjust(new double[] {0.001, 0.02, 0.2, 0.04, 0.7});
    assertThat(adjusted).containsExactly(new double[] {0.005, 0.08, 0.4, 0.12, 0.7}, within(1e-12));
  }

  @Test
  void adjustedValuesNeverExceedOne() {
    assertThat(HolmCorrection.adjust(new double[] {0.5, 0.6, 0.9})).containsOnly(1.0);
  }

  @Test
  void aSingleComparisonIsLeftUnchanged() {
    assertThat(HolmCorrection.adjust(new double[] {0.037})).containsExactly(0.037);
  }

  @Test
  void aPValueOutsideTheUnitIntervalIsRejected() {
    assertThatThrownBy(() -> HolmCorrection.adjust(new double[] {0.1, 1.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p-value 1");
  }
}
