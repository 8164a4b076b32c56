package org.precinct.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class UnitValuesTest {

  private static final LocalDate ELECTION = LocalDate.of(2024, 11, 5);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @ParameterizedTest
  @CsvSource({"45m, 0.75", "2h, 2", "3d, 72", "1w, 168", "90s, 0.025", "1d 12h, 36", "1.5h, 1.5"})
  void durationsCarryTheirUnit(String text, double hours) {
    assertThat(DurationValue.parse(text).hours()).isEqualTo(hours);
  }

  @ParameterizedTest
  @ValueSource(strings = {"45", "2 hours", "-5m", "m", ""})
  void durationsWithoutAUnitOrWithOtherWordsAreRefused(String text) {
    assertThatThrownBy(() -> DurationValue.parse(text)).isInstanceOf(ValueSyntaxException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.25, 1.0 / 3, 2, 36, 168, 1234.567e-3, 0.1})
  void durationsWrittenFromHoursReadBackExactly(double hours) {
    assertThat(DurationValue.parse(DurationValue.ofHours(hours).text()).hours()).isEqualTo(hours);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 999, 60_000, 3_600_000, 86_400_000, 1_234_567})
  void durationsWrittenFromMillisReadBackExactly(long millis) {
    assertThat(DurationValue.parse(DurationValue.ofMillis(millis).text()).millis())
        .isEqualTo(millis);
  }

  @ParameterizedTest
  @CsvSource({"60/day, 60", "5/h, 120", "2/min, 2880", "14/week, 2", "0.5/day, 0.5"})
  void ratesCarryTheirUnit(String text, double perDay) {
    assertThat(RateValue.parse(text).perDay()).isEqualTo(perDay);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.3, 3, 1e-3})
  void ratesWrittenPerHourReadBackExactly(double perHour) {
    assertThat(RateValue.parse(RateValue.ofPerHour(perHour).text()).perHour()).isEqualTo(perHour);
  }

  @Test
  void electionRelativeMomentsCountCalendarDaysInTheZone() {
    ZonedDateTime moment = TimePoint.parse("E+1d 09:00").resolve(ELECTION, NEW_YORK);
    assertThat(moment.toLocalDateTime()).hasToString("2024-11-06T09:00");
    assertThat(TimePoint.parse("E-0d").resolve(ELECTION, NEW_YORK).toLocalDate())
        .isEqualTo(ELECTION);
    assertThat(TimePoint.parse("E-10d").electionDayOffset()).isEqualTo(-10);
  }

  @Test
  void isoMomentsAreReadInTheScenarioZone() {
    assertThat(TimePoint.parse("2024-10-01T09:30").resolve(ELECTION, NEW_YORK).getOffset().getId())
        .isEqualTo("-04:00");
    assertThat(TimePoint.parse("2024-11-03T01:30-05:00").resolve(ELECTION, NEW_YORK).toInstant())
        .hasToString("2024-11-03T06:30:00Z");
  }

  @Test
  void theRepeatedHourAtTheEndOfDaylightSavingIsWrittenWithItsOffset() {
    ZonedDateTime second =
        ZonedDateTime.of(2024, 11, 3, 1, 30, 0, 0, NEW_YORK).withLaterOffsetAtOverlap();
    TimePoint written = TimePoint.of(second, ELECTION);
    assertThat(written.resolve(ELECTION, NEW_YORK).toInstant()).isEqualTo(second.toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"E-10", "E10d", "e-10d", "E-10d 9:00", "2024-13-01", "tomorrow"})
  void malformedMomentsAreRefused(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text)).isInstanceOf(ValueSyntaxException.class);
  }
}
