package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ConfidenceIntervalTest {

  @Test
  void studentTIntervalMatchesTheTableValue() {
    // t(0.975, 7) = 2.364624252; s = sqrt(32/7); n = 8
    ConfidenceInterval ci =
        ConfidenceInterval.studentT(RunningStats.of(2, 4, 4, 4, 5, 5, 7, 9), 0.95);
    double expectedHalfWidth = 2.364624252 * Math.sqrt(32.0 / 7) / Math.sqrt(8);
    assertThat(ci.mean()).isEqualTo(5.0);
    assertThat(ci.halfWidth()).isCloseTo(expectedHalfWidth, within(1e-8));
    assertThat(ci.low()).isCloseTo(5 - expectedHalfWidth, within(1e-8));
    assertThat(ci.high()).isCloseTo(5 + expectedHalfWidth, within(1e-8));
    assertThat(ci.n()).isEqualTo(8);
    assertThat(ci.contains(6.7)).isTrue();
    assertThat(ci.contains(6.8)).isFalse();
  }

  @Test
  void ninetyNinePercentUsesTheWiderQuantile() {
    // t(0.995, 2) = 9.924843201
    ConfidenceInterval ci = ConfidenceInterval.studentT(RunningStats.of(1, 2, 3), 0.99);
    assertThat(ci.halfWidth()).isCloseTo(9.924843201 / Math.sqrt(3), within(1e-8));
  }

  @Test
  void oneObservationGivesAnUndefinedInterval() {
    ConfidenceInterval ci = ConfidenceInterval.studentT(RunningStats.of(4), 0.95);
    assertThat(ci.mean()).isEqualTo(4);
    assertThat(ci.halfWidth()).isNaN();
    assertThatThrownBy(() -> ConfidenceInterval.studentT(RunningStats.of(4), 1.0))
        .hasMessageContaining("confidence level");
  }
}
