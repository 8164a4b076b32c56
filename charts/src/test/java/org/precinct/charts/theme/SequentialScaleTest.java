package org.precinct.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

final class SequentialScaleTest {

  private final SequentialScale scale = new SequentialScale(10, 20);

  @Test
  void theEndsOfTheRangeAreTheLightestAndDarkestStops() {
    assertThat(scale.getPaint(10)).isEqualTo(new Color(0xF2F7FB));
    assertThat(scale.getPaint(20)).isEqualTo(new Color(0x0B2E4F));
  }

  @Test
  void valuesOutsideTheRangeAreClamped() {
    assertThat(scale.position(5)).isZero();
    assertThat(scale.position(25)).isEqualTo(1.0);
    assertThat(scale.position(15)).isEqualTo(0.5);
  }

  @Test
  void darkCellsGetWhiteText() {
    assertThat(scale.isDark(19)).isTrue();
    assertThat(scale.isDark(11)).isFalse();
  }
}
