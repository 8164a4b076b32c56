package org.precinct.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

final class TimelineSpecTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long HOUR = 3_600_000L;
  private final TimelineSpec timeline =
      new TimelineSpec(
          ZonedDateTime.of(2024, 11, 1, 0, 0, 0, 0, NEW_YORK),
          LocalDate.of(2024, 11, 5),
          ZonedDateTime.of(2024, 11, 7, 0, 0, 0, 0, NEW_YORK),
          NEW_YORK,
          Lists.immutable.empty());

  @Test
  void ticksCountRealMillisecondsAcrossTheExtraHourOfNovemberThird() {
    assertThat(timeline.endTicks()).isEqualTo((6 * 24 + 1) * HOUR);
    assertThat(timeline.hourCount()).isEqualTo(6 * 24 + 1);
    assertThat(timeline.dayCount()).isEqualTo(6);
  }

  @Test
  void calendarDaysAndElectionDaysStayOnLocalMidnight() {
    long electionStart = timeline.electionDayStartTicks();
    assertThat(timeline.dateTimeAt(electionStart).toLocalTime().getHour()).isZero();
    assertThat(timeline.dayIndex(electionStart)).isEqualTo(4);
    assertThat(timeline.daysRelativeToElection(electionStart)).isZero();
    assertThat(timeline.daysRelativeToElection(electionStart - 1)).isEqualTo(-1);
    assertThat(timeline.daysRelativeToElection(0)).isEqualTo(-4);
    assertThat(timeline.daysRelativeToElection(timeline.endTicks() - 1)).isEqualTo(1);
    assertThat(timeline.dayStartTicks(3) - timeline.dayStartTicks(2)).isEqualTo(25 * HOUR);
  }

  @Test
  void instantsAndTicksRoundTrip() {
    ZonedDateTime noon = ZonedDateTime.of(2024, 11, 4, 12, 0, 0, 0, NEW_YORK);
    assertThat(timeline.dateTimeAt(timeline.ticksAt(noon))).isEqualTo(noon);
  }

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertThatThrownBy(
            () ->
                new TimelineSpec(
                    timeline.end(),
                    timeline.electionDay(),
                    timeline.start(),
                    NEW_YORK,
                    Lists.immutable.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after start");
  }
}
