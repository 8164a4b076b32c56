package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

final class CsvCellsTest {

  @Test
  void binaryNoiseIsRoundedAwayAndNumbersArePlain() {
    assertThat(CsvCells.number(36.099999999999994)).isEqualTo("36.1");
    assertThat(CsvCells.number(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(CsvCells.number(1701.0)).isEqualTo("1701");
    assertThat(CsvCells.number(1.0e-5)).isEqualTo("0.00001");
    assertThat(CsvCells.number(-0.0)).isEqualTo("0");
    assertThat(CsvCells.number(1234567.891234)).isEqualTo("1234567.891");
    assertThat(CsvCells.number(Double.NaN)).isEmpty();
    assertThat(CsvCells.number(Double.POSITIVE_INFINITY)).isEmpty();
  }

  @Test
  void timesAreLocalWithASpaceAndTheRepeatedDstHourIsToldApartByItsOffset() {
    ZoneId zone = ZoneId.of("America/New_York");
    ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2024, 11, 3, 1, 30), zone);
    ZonedDateTime second = first.withLaterOffsetAtOverlap();

    assertThat(CsvCells.localTime(first)).isEqualTo("2024-11-03 01:30:00");
    assertThat(CsvCells.localTime(second)).isEqualTo("2024-11-03 01:30:00");
    assertThat(CsvCells.offset(first)).isEqualTo("-04:00");
    assertThat(CsvCells.offset(second)).isEqualTo("-05:00");
    assertThat(CsvCells.offset(first.withZoneSameInstant(ZoneId.of("UTC")))).isEqualTo("+00:00");
  }
}
