package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MselTimeTest {
  private static final LocalDateTime EIGHT = LocalDateTime.of(2024, 10, 31, 8, 0);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-10-31 08:00",
        "2024-10-31 08:00:00",
        "2024-10-31T08:00",
        "10/31/2024 8:00",
        "10/31/2024 08:00:00",
        "10/31/2024 8:00 AM",
        "10/31/2024 8:00 am",
        "10/31/24 08:00",
        "31.10.2024 08:00",
        " 10/31/2024  8:00 ",
        "45596.333333333"
      })
  void everyWayASpreadsheetSavesEightOClockReadsAsEightOClock(String cell) {
    assertThat(MselTime.parse(cell)).hasValue(EIGHT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "31/10/2024 8:00", "2024-10-31", "10/31/2024 8:00 PM x", ""})
  void textThatNamesNoTimeIsRefused(String cell) {
    assertThat(MselTime.parse(cell)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10/31/2024 8:00 PM", "10/31/2024 20:00"})
  void theAfternoonIsReadInTwelveAndTwentyFourHourForm(String cell) {
    assertThat(MselTime.parse(cell)).hasValue(EIGHT.withHour(20));
  }
}
