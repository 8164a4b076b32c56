package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.HarmWeightPoint;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.TimelineSpec;

final class ModelCalendarTest {
  private final TimelineSpec timeline =
      ScenarioBuilder.timeline(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 7));
  private final HarmWeightingSpec weights =
      new HarmWeightingSpec(
          Lists.immutable.of(new HarmWeightPoint(-4, 1), new HarmWeightPoint(0, 3)));
  private final ModelCalendar calendar = new ModelCalendar(timeline, weights);

  @Test
  void theDaylightSavingDayHas25HoursAndDaysStayOnLocalMidnight() {
    assertThat(calendar.dayCount()).isEqualTo(6);
    assertThat(calendar.hourCount()).isEqualTo(6 * 24 + 1);
    assertThat(calendar.dayStart(3) - calendar.dayStart(2)).isEqualTo(25 * Ticks.HOUR);
    assertThat(calendar.searchDay(calendar.dayStart(3) - 1)).isEqualTo(2);
    assertThat(calendar.searchDay(calendar.dayStart(3))).isEqualTo(3);
  }

  @Test
  void dayIndexAdvancesWithTheClock() {
    for (long t = 0; t < timeline.endTicks(); t += 7 * Ticks.MINUTE) {
      assertThat(calendar.dayIndex(t)).isEqualTo(timeline.dayIndex(t));
    }
  }

  @Test
  void harmWeightsFollowDaysBeforeElectionDay() {
    // election day is 6 November: day 5; 1 November is E-5
    assertThat(calendar.daysRelative(0)).isEqualTo(-5);
    assertThat(calendar.harmWeight(0)).isEqualTo(1.0);
    assertThat(calendar.harmWeight(3)).isCloseTo(2.0, within(1e-12));
    assertThat(calendar.harmWeight(5)).isEqualTo(3.0);
  }

  @Test
  void theDailyCycleAveragesToOneOverADay() {
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      sum += calendar.cycle(h, 0.8);
    }
    assertThat(sum / 24).isCloseTo(1.0, within(1e-9));
    assertThat(calendar.cycle(15, 0.8)).isGreaterThan(calendar.cycle(3, 0.8));
  }

  @Test
  void nextArrivalInvertsTheIntegratedRate() {
    HourlyRate twoPerHour =
        new HourlyRate() {
          @Override
          double perHour(int hour) {
            return 2.0;
          }
        };
    // Exp draw 3 at two per hour: 1.5 hours later (to the millisecond, rounded up)
    assertThat(calendar.nextArrival(Ticks.HOUR / 2, 3.0, Long.MAX_VALUE, twoPerHour))
        .isBetween(2 * Ticks.HOUR, 2 * Ticks.HOUR + 1);
    assertThat(calendar.nextArrival(0, 1e9, Long.MAX_VALUE, twoPerHour)).isEqualTo(-1L);
    assertThat(calendar.nextArrival(0, 3.0, Ticks.HOUR, twoPerHour)).isEqualTo(-1L);
  }
}
