package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class RunningStatsTest {

  @Test
  void momentsMatchTheTextbookValues() {
    RunningStats stats = RunningStats.of(2, 4, 4, 4, 5, 5, 7, 9);
    assertThat(stats.count()).isEqualTo(8);
    assertThat(stats.mean()).isEqualTo(5.0);
    assertThat(stats.variance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(stats.stdDev()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(stats.min()).isEqualTo(2);
    assertThat(stats.max()).isEqualTo(9);
    assertThat(stats.sum()).isEqualTo(40);
  }

  @Test
  void mergingEqualsAddingEverythingToOne() {
    RunningStats left = RunningStats.of(1, 2, 3);
    RunningStats right = RunningStats.of(10, 20);
    left.merge(right);
    RunningStats all = RunningStats.of(1, 2, 3, 10, 20);
    assertThat(left.count()).isEqualTo(5);
    assertThat(left.mean()).isCloseTo(all.mean(), within(1e-12));
    assertThat(left.variance()).isCloseTo(all.variance(), within(1e-9));
    assertThat(left.min()).isEqualTo(1);
    assertThat(left.max()).isEqualTo(20);
    RunningStats empty = new RunningStats();
    empty.merge(all);
    assertThat(empty.variance()).isEqualTo(all.variance());
  }

  @Test
  void welfordStaysAccurateWithALargeOffset() {
    RunningStats stats = RunningStats.of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
    assertThat(stats.variance()).isCloseTo(30.0, within(1e-6));
  }

  @Test
  void emptyAndSingleValueStatsAreNaNWhereUndefined() {
    RunningStats stats = new RunningStats();
    assertThat(stats.mean()).isNaN();
    assertThat(stats.min()).isNaN();
    stats.add(3);
    assertThat(stats.mean()).isEqualTo(3);
    assertThat(stats.variance()).isNaN();
  }
}
