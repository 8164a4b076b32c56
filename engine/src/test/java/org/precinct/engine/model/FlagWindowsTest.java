package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class FlagWindowsTest {

  @Test
  void theRuleFiresOnTheKthFlagWithinTheWindow() {
    FlagWindows flags = new FlagWindows(3, 1);
    assertThat(flags.flag(0, 0, 3, 100)).isFalse();
    assertThat(flags.flag(0, 50, 3, 100)).isFalse();
    assertThat(flags.flag(0, 100, 3, 100)).isTrue();
  }

  @Test
  void flagsOutsideTheWindowDoNotCount() {
    FlagWindows flags = new FlagWindows(3, 1);
    flags.flag(0, 0, 3, 100);
    flags.flag(0, 50, 3, 100);
    assertThat(flags.flag(0, 101, 3, 100)).isFalse();
    assertThat(flags.flag(0, 120, 3, 100)).isTrue();
  }

  @Test
  void clearingForgetsFlagsAndEntitiesGrowOnDemand() {
    FlagWindows flags = new FlagWindows(2, 1);
    flags.flag(500, 0, 2, 100);
    flags.clear(500);
    assertThat(flags.flag(500, 1, 2, 100)).isFalse();
    assertThat(flags.flag(500, 2, 2, 100)).isTrue();
    assertThat(flags.flag(7, 2, 1, 100)).isTrue();
  }
}
