package org.precinct.charts.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

final class DayScaleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long HOUR = 3_600_000L;
  private final DayScale scale =
      new DayScale(
          ZonedDateTime.of(2024, 10, 27, 0, 0, 0, 0, NEW_YORK),
          LocalDate.of(2024, 11, 5),
          NEW_YORK);

  @Test
  void theStartOfElectionDayIsZero() {
    assertThat(scale.x(ZonedDateTime.of(2024, 11, 5, 0, 0, 0, 0, NEW_YORK))).isZero();
  }

  @Test
  void aWeekBeforeIsMinusSevenAndNoonIsHalfADay() {
    assertThat(scale.x(ZonedDateTime.of(2024, 10, 29, 12, 0, 0, 0, NEW_YORK)))
        .isCloseTo(-6.5, offset(1e-12));
  }

  @Test
  void simulationTimeCountsFromTheScenarioStart() {
    assertThat(scale.x(0)).isEqualTo(-9.0);
    assertThat(scale.x(36 * HOUR)).isCloseTo(-7.5, offset(1e-12));
  }

  @Test
  void theTwentyFiveHourDstDayStillSpansOneUnit() {
    ZonedDateTime midnight = ZonedDateTime.of(2024, 11, 3, 0, 0, 0, 0, NEW_YORK);
    assertThat(scale.x(midnight)).isEqualTo(-2.0);
    assertThat(scale.x(midnight.plusHours(25))).isEqualTo(-1.0);
    assertThat(scale.x(midnight.plusHours(5))).isCloseTo(-2 + 5 / 25.0, offset(1e-12));
  }

  @Test
  void labelsNameTheDayRelativeToElectionDayAndItsDate() {
    assertThat(scale.label(-7)).isEqualTo("E-7 \u00b7 29 Oct");
    assertThat(scale.label(0)).isEqualTo("E-day \u00b7 5 Nov");
    assertThat(scale.label(1.5)).isEqualTo("E+1 \u00b7 6 Nov");
  }

  @Test
  void tickStepsGrowWithTheSpanAndStayOnWholeDays() {
    assertThat(DayScale.tickStepDays(6, 9)).isEqualTo(1);
    assertThat(DayScale.tickStepDays(14, 9)).isEqualTo(2);
    assertThat(DayScale.tickStepDays(33, 9)).isEqualTo(7);
    assertThat(DayScale.tickStepDays(100, 9)).isEqualTo(14);
  }
}
