package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TimeWeightedStatsTest {

  @Test
  void averageWeighsEachValueByHowLongItHeld() {
    TimeWeightedStats queue = new TimeWeightedStats(0, 0);
    queue.observe(10, 2);
    queue.observe(30, 1);
    assertThat(queue.average(40)).isEqualTo(50.0 / 40);
    assertThat(queue.max()).isEqualTo(2);
    assertThat(queue.area(40)).isEqualTo(50);
    assertThat(queue.current()).isEqualTo(1);
  }

  @Test
  void resetDeletesTheWarmUp() {
    TimeWeightedStats queue = new TimeWeightedStats(0, 100);
    queue.observe(50, 4);
    queue.reset(60);
    queue.observe(70, 2);
    assertThat(queue.average(80)).isEqualTo(3.0);
    assertThat(queue.max()).isEqualTo(4);
  }

  @Test
  void averageAtTheStartIsTheCurrentValue() {
    assertThat(new TimeWeightedStats(5, 7).average(5)).isEqualTo(7);
  }

  @Test
  void goingBackInTimeIsRejected() {
    TimeWeightedStats queue = new TimeWeightedStats(0, 0);
    queue.observe(10, 1);
    assertThatThrownBy(() -> queue.observe(9, 2)).hasMessageContaining("before the last one");
  }
}
