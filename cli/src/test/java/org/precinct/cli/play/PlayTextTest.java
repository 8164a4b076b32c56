package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.TimelineSpec;

final class PlayTextTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final TimelineSpec TIMELINE =
      new TimelineSpec(
          ZonedDateTime.of(2024, 10, 22, 0, 0, 0, 0, ZONE),
          LocalDate.of(2024, 11, 5),
          ZonedDateTime.of(2024, 11, 8, 0, 0, 0, 0, ZONE),
          ZONE,
          Lists.immutable.empty());

  @Test
  void theClockSaysTheCalendarTimeAndTheDaysToElection() {
    assertThat(PlayText.clock(TIMELINE, 4 * Ticks.DAY + 9 * Ticks.HOUR))
        .isEqualTo("Sat 26 Oct 2024 09:00 EDT (E-10)");
    assertThat(PlayText.electionDay(TIMELINE, 14 * Ticks.DAY + 10 * Ticks.HOUR)).isEqualTo("E-day");
  }

  @Test
  void sharesAreClippedToTheirRangeAndDifferencesCarryTheirSign() {
    Estimate share = Estimate.of(new double[] {0.9, 1.0, 0.2});
    assertThat(PlayText.estimate(Metric.ENFORCED_WITHIN_24H_SHARE, share))
        .matches("70\\.0% \\(95% CI 0\\.0% to 100\\.0%\\)");
    assertThat(PlayText.difference(Metric.HARM_DELIVERED, Estimate.of(new double[] {2, 4})))
        .startsWith("+3.00 (95% CI ");
  }
}
