package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class BinnedSeriesTest {

  @Test
  void sumsCollectAmountsPerBinAndCountTheOverflow() {
    BinnedSeries series = BinnedSeries.sums(10, 35);
    series.add(0, 1);
    series.add(9, 2);
    series.add(10, 5);
    series.add(34, 7);
    series.add(40, 100);
    assertThat(series.binCount()).isEqualTo(4);
    assertThat(series.values()).containsExactly(3, 5, 0, 7);
    assertThat(series.overflow()).isEqualTo(100);
  }

  @Test
  void lastValuesCarryForwardIntoEmptyBins() {
    BinnedSeries backlog = BinnedSeries.lastValues(10, 50);
    backlog.set(12, 4);
    backlog.set(15, 6);
    backlog.set(41, 1);
    assertThat(backlog.values()).containsExactly(Double.NaN, 6, 6, 6, 1);
  }

  @Test
  void coarseningTurnsHoursIntoDays() {
    BinnedSeries hourly = BinnedSeries.sums(1, 48);
    for (int hour = 0; hour < 48; hour++) {
      hourly.add(hour, hour < 24 ? 1 : 2);
    }
    BinnedSeries daily = hourly.coarsen(24);
    assertThat(daily.values()).containsExactly(24, 48);
    assertThat(daily.binTicks()).isEqualTo(24);
    BinnedSeries levels = BinnedSeries.lastValues(1, 4);
    levels.set(0, 5);
    levels.set(3, 9);
    assertThat(levels.coarsen(2).values()).containsExactly(5, 9);
  }

  @Test
  void misuseIsRejected() {
    BinnedSeries sums = BinnedSeries.sums(10, 100);
    assertThatThrownBy(() -> sums.set(0, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sums.add(-1, 1)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> BinnedSeries.sums(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
