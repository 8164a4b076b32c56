package org.precinct.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TicksTest {

  @Test
  void unitsAreMilliseconds() {
    assertThat(Ticks.SECOND).isEqualTo(1_000L);
    assertThat(Ticks.MINUTE).isEqualTo(60_000L);
    assertThat(Ticks.HOUR).isEqualTo(3_600_000L);
    assertThat(Ticks.DAY).isEqualTo(86_400_000L);
  }

  @Test
  void conversionsRoundToTheNearestMillisecond() {
    assertThat(Ticks.ofSeconds(1.0004)).isEqualTo(1000);
    assertThat(Ticks.ofSeconds(1.0006)).isEqualTo(1001);
    assertThat(Ticks.ofHours(1.5)).isEqualTo(5_400_000);
    assertThat(Ticks.ofMinutes(-2)).isEqualTo(-120_000);
    assertThat(Ticks.ofDays(0.5)).isEqualTo(43_200_000);
  }

  @Test
  void conversionsBackToDoublesAreExactForWholeUnits() {
    assertThat(Ticks.toHours(Ticks.ofHours(36))).isEqualTo(36.0);
    assertThat(Ticks.toSeconds(1500)).isEqualTo(1.5);
    assertThat(Ticks.toDays(Ticks.DAY * 40)).isEqualTo(40.0);
    assertThat(Ticks.toMinutes(90_000)).isEqualTo(1.5);
  }

  @Test
  void nanAndInfiniteDurationsAreRejected() {
    assertThatThrownBy(() -> Ticks.ofSeconds(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN seconds");
    assertThatThrownBy(() -> Ticks.ofHours(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ticks.ofDays(1e300)).isInstanceOf(IllegalArgumentException.class);
  }
}
