package org.precinct.engine.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.PolicyCategory;

final class ResultAggregatorTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  static RunMetadata metadata() {
    return new RunMetadata(
        "test",
        "Test",
        "",
        "",
        1,
        3,
        "dev",
        "baseline",
        0.95,
        ZONE,
        ZonedDateTime.of(2024, 11, 1, 0, 0, 0, 0, ZONE),
        LocalDate.of(2024, 11, 5),
        ZonedDateTime.of(2024, 11, 7, 0, 0, 0, 0, ZONE),
        Lists.immutable.empty(),
        Lists.immutable.empty(),
        Lists.immutable.empty());
  }

  private static ReplicationOutcome outcome(int r, double harm, double detection) {
    double[] values = new double[Metric.values().length];
    values[Metric.HARM_DELIVERED.ordinal()] = harm;
    return new ReplicationOutcome(
        r,
        values,
        Lists.immutable.of(
            new SeriesValues(SeriesKind.HARM_DELIVERED, "all", new double[] {harm, 2 * harm})),
        Lists.immutable.of(
            new TimeToEventSamples(
                CurveKind.DETECTION,
                "all",
                "All",
                new double[] {detection, 100},
                new boolean[] {true, false},
                100)),
        Lists.immutable.of(
            new CampaignTimes(
                "c",
                "C",
                PolicyCategory.SOLICITATION,
                "app",
                0,
                10,
                detection,
                Double.NaN,
                r == 0 ? 5 : Double.NaN,
                r == 0)),
        Lists.immutable.of(
            new OutcomeTally(PolicyCategory.SOLICITATION, "app", Outcome.REFUSED, r + 1)),
        Lists.immutable.empty());
  }

  @Test
  void metricsGetMeanStudentTIntervalAndQuantiles() {
    ResultAggregator aggregator = new ResultAggregator(metadata());
    aggregator.add(outcome(0, 10, 2));
    aggregator.add(outcome(1, 20, 4));
    aggregator.add(outcome(2, 30, 6));
    MetricSummary harm = aggregator.result().metric(Metric.HARM_DELIVERED);
    assertThat(harm.n()).isEqualTo(3);
    assertThat(harm.mean()).isEqualTo(20);
    assertThat(harm.median()).isEqualTo(20);
    assertThat(harm.stdDev()).isEqualTo(10);
    // t(0.975, 2) = 4.302653; half-width 4.302653 * 10 / sqrt(3) = 24.8414
    assertThat(harm.ciHigh() - harm.mean()).isCloseTo(24.8414, within(1e-3));
    assertThat(harm.p10()).isCloseTo(12, within(1e-12));
  }

  @Test
  void seriesBecomeBandsPerBin() {
    ResultAggregator aggregator = new ResultAggregator(metadata());
    for (int r = 0; r < 3; r++) {
      aggregator.add(outcome(r, 10 * (r + 1), 2));
    }
    BandSeries band = aggregator.result().series(SeriesKind.HARM_DELIVERED, "all");
    assertThat(band.mean()).containsExactly(20, 40);
    assertThat(band.median()).containsExactly(20, 40);
    assertThat(band.resolution()).isEqualTo(SeriesResolution.DAY);
  }

  @Test
  void curvesAverageEachReplicationsKaplanMeierEstimate() {
    ResultAggregator aggregator = new ResultAggregator(metadata());
    aggregator.add(outcome(0, 1, 2));
    aggregator.add(outcome(1, 1, 30));
    SurvivalCurve curve = aggregator.result().curve(CurveKind.DETECTION, "all");
    // each replication: one of two subjects detected (at 2 h or 30 h), the other censored at 100 h
    assertThat(curve.within24hShare()).isEqualTo(0.25);
    assertThat(curve.neverReachedShare()).isEqualTo(0.5);
    assertThat(curve.share()[curve.share().length - 1]).isEqualTo(0.5);
    assertThat(curve.subjects()).isEqualTo(2);
  }

  @Test
  void campaignMediansTreatNeverAsLaterThanAnyTime() {
    ResultAggregator aggregator = new ResultAggregator(metadata());
    for (int r = 0; r < 3; r++) {
      aggregator.add(outcome(r, 1, r + 1));
    }
    CampaignOutcome c = aggregator.result().campaigns().getOnly();
    assertThat(c.medianFirstDetectionHours()).isEqualTo(2);
    assertThat(c.medianEnforcementHours()).isNaN();
    assertThat(c.medianDisruptionHours()).isNaN();
    assertThat(c.disruptedShare()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void outcomeCountsAreMeansPerReplication() {
    ResultAggregator aggregator = new ResultAggregator(metadata());
    aggregator.add(outcome(0, 1, 1));
    aggregator.add(outcome(1, 1, 1));
    assertThat(aggregator.result().outcomes().getOnly().meanCount()).isEqualTo(1.5);
  }

  @Test
  void metadataMapsBinsToTheCalendarAcrossDaylightSaving() {
    RunMetadata m = metadata();
    assertThat(m.binStart(SeriesResolution.DAY, 3).toLocalDate())
        .isEqualTo(LocalDate.of(2024, 11, 4));
    assertThat(m.binStart(SeriesResolution.HOUR, 49).getHour()).isEqualTo(1);
    assertThat(m.binStart(SeriesResolution.HOUR, 50).getHour()).isEqualTo(1);
    assertThat(m.electionLabel(0)).isEqualTo("E-4");
    assertThat(m.electionLabel(4)).isEqualTo("E-day");
    assertThat(m.electionLabel(5)).isEqualTo("E+1");
    assertThat(m.electionDayIndex()).isEqualTo(4);
  }
}
