package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.tabletop.ObjectiveProgress;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.Comparison;
import org.precinct.engine.spec.ObjectiveSpec;
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

  @Test
  void aWholeNumberTheSameInEveryReplicationPrintsWithoutDecimalsOrInterval() {
    assertThat(PlayText.count(Estimate.of(new double[] {3, 3, 3}))).isEqualTo("3");
    assertThat(PlayText.count(Estimate.of(new double[] {1200, 1200}))).isEqualTo("1,200");
    assertThat(PlayText.count(Estimate.of(new double[] {2.5, 2.5}))).isEqualTo("2.50");
    assertThat(PlayText.count(Estimate.of(new double[] {2, 4}))).startsWith("3.00 (95% CI ");
    assertThat(PlayText.estimate(Metric.UTILIZATION, Estimate.of(new double[] {1, 1})))
        .isEqualTo("100.0%");
  }

  @Test
  void noDifferenceAtAllIsAWholeZeroInItsUnit() {
    Estimate none = Estimate.of(new double[] {0, 0, 0});
    assertThat(PlayText.difference(Metric.HARM_DELIVERED, none)).isEqualTo("0");
    assertThat(PlayText.difference(Metric.ENFORCED_WITHIN_24H_SHARE, none)).isEqualTo("0%");
    assertThat(PlayText.difference(Metric.RESTRICTED_MEAN_HOURS_TO_ENFORCE, none)).isEqualTo("0 h");
    assertThat(PlayText.difference(Metric.HARM_DELIVERED, Estimate.of(new double[] {-1, 1})))
        .startsWith("0.00 (95% CI ");
    assertThat(PlayText.value(Metric.WRONGFUL_ENFORCEMENTS, 0)).isEqualTo("0");
  }

  @Test
  void aWholeCostHasNoDecimalsAndAFractionalOneKeepsThem() {
    assertThat(PlayText.cost(0)).isEqualTo("0");
    assertThat(PlayText.cost(3)).isEqualTo("3");
    assertThat(PlayText.cost(1.5)).isEqualTo("1.50");
    assertThat(PlayText.cost(13.5)).isEqualTo("13.5");
  }

  @Test
  void oneReviewerIsSingularAndAnyOtherCountPlural() {
    assertThat(PlayText.people("1", "reviewer")).isEqualTo("1 reviewer");
    assertThat(PlayText.people("0", "reviewer")).isEqualTo("0 reviewers");
    assertThat(PlayText.people("3", "reviewer")).isEqualTo("3 reviewers");
    assertThat(PlayText.people("1.50 (95% CI 1.00 to 2.00)", "reviewer"))
        .isEqualTo("1.50 (95% CI 1.00 to 2.00) reviewers");
  }

  @Test
  void anObjectiveSoFarSaysItsValueAndWhetherTheTargetIsMetSoFar() {
    ObjectiveSpec few =
        new ObjectiveSpec(
            "few", "Few wrongful", "wrongful-enforcements", Comparison.AT_MOST, 5, "");
    ObjectiveProgress p =
        new ObjectiveProgress(
            few,
            Metric.WRONGFUL_ENFORCEMENTS,
            true,
            Estimate.of(new double[] {1, 1}),
            Proportion.wilson(0, 2),
            false);
    assertThat(PlayerView.status(p))
        .isEqualTo("benign accounts enforced against so far 1: on track");
    assertThat(PlayerView.status(p, true))
        .isEqualTo("benign accounts enforced against so far 1 (target at most 5: on track)");
    ObjectiveSpec share =
        new ObjectiveSpec(
            "fast", "Fast", "enforced-within-24h-share", Comparison.AT_LEAST, 0.4, "");
    ObjectiveProgress open =
        new ObjectiveProgress(
            share,
            Metric.ENFORCED_WITHIN_24H_SHARE,
            false,
            Estimate.of(new double[0]),
            Proportion.wilson(0, 0),
            true);
    assertThat(PlayerView.status(open)).startsWith("assessed at the end of the exercise (a share");
  }
}
