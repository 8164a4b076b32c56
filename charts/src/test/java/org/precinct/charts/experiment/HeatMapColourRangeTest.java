package org.precinct.charts.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class HeatMapColourRangeTest {

  @Test
  void cellsThatDifferByLessThanTheirIntervalsSpanOnlyPartOfTheRamp() {
    double[] range = HeatMapChart.colourRange(new double[] {1970, 2058, 2010}, 323);
    assertThat(range).containsExactly(2014 - 323, 2014 + 323);
  }

  @Test
  void cellsFartherApartThanTheirIntervalsUseTheFullRamp() {
    assertThat(HeatMapChart.colourRange(new double[] {100, 900}, 50)).containsExactly(100, 900);
  }

  @Test
  void equalCellsWithoutIntervalsStillGetARange() {
    double[] range = HeatMapChart.colourRange(new double[] {40, 40}, 0);
    assertThat(range[1]).isGreaterThan(range[0]);
  }
}
