package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class IntervalTest {

  @Test
  void anIntervalThatDoesNotHoldItsEstimateIsRejected() {
    assertThatThrownBy(() -> new Interval("x", 5, 6, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void widthAndZeroExclusionFollowTheBounds() {
    assertThat(new Interval("a", 3, 1, 7).width()).isEqualTo(6.0);
    assertThat(new Interval("a", 3, 1, 7).excludesZero()).isTrue();
    assertThat(new Interval("b", 1, -1, 3).excludesZero()).isFalse();
  }
}
