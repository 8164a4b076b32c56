package org.precinct.charts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.CampaignOutcome;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.ElectionMarker;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.result.OutcomeCount;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SurvivalCurve;
import org.precinct.engine.result.TimeMarker;
import org.precinct.engine.result.WindowKind;
import org.precinct.engine.result.WindowSpan;
import org.precinct.engine.spec.PolicyCategory;

/** Hand-built results: a tiny one whose every number is known, for dataset tests. */
final class SampleResults {

  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;

  private SampleResults() {}

  /** A five-day UTC run (1-5 Nov 2024, election day 4 Nov) with small known series. */
  static ScenarioResult tiny() {
    RunMetadata metadata = tinyMetadata("baseline");
    return new ScenarioResult(
        metadata,
        Lists.immutable.of(metric(Metric.HARM_DELIVERED, 30), metric(Metric.SLA_BREACHES, 4)),
        Lists.immutable.of(
            curve(
                CurveKind.ENFORCEMENT,
                "election-misinformation",
                "Election misinformation",
                new double[] {2, 10, 30},
                new double[] {0.2, 0.5, 0.6}),
            curve(
                CurveKind.ENFORCEMENT,
                "synthetic-media",
                "Synthetic media requests",
                new double[] {5, 48},
                new double[] {0.1, 0.3}),
            curve(
                CurveKind.ENFORCEMENT,
                "all",
                "All accounts",
                new double[] {2, 5, 10},
                new double[] {0.1, 0.3, 0.5}),
            curve(
                CurveKind.DETECTION,
                "all",
                "All accounts",
                new double[] {1, 3},
                new double[] {0.4, 0.7})),
        Lists.immutable.of(
            daily(SeriesKind.HARM_DELIVERED, new double[] {1, 2, 3, 10, 4}),
            daily(SeriesKind.HARM_DELIVERED_CUMULATIVE, new double[] {1, 3, 6, 16, 20}),
            daily(SeriesKind.EXPOSURE_WEIGHTED_HARM, new double[] {2, 5, 8, 30, 12}),
            daily(SeriesKind.MEAN_WAIT, new double[] {0.5, 1, 2, 4, 1}),
            rare(SeriesKind.SLA_BREACHES, new double[] {0, 0.02, 0.5, 1.5, 0})),
        Lists.immutable.of(
            hourly(SeriesKind.BACKLOG, 5 * 24, 7), hourly(SeriesKind.STAFFED, 5 * 24, 3)),
        Lists.immutable.of(
            new CampaignOutcome(
                "wave-a",
                "Wave A",
                PolicyCategory.ELECTION_MISINFORMATION,
                "consumer-app",
                0,
                3 * DAY,
                6,
                30,
                72,
                0.8),
            new CampaignOutcome(
                "wave-b",
                "Wave B",
                PolicyCategory.SYNTHETIC_MEDIA,
                "api",
                DAY,
                5 * DAY,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0.1)),
        Lists.immutable.of(
            new OutcomeCount(
                PolicyCategory.ELECTION_MISINFORMATION, "consumer-app", Outcome.REFUSED, 50),
            new OutcomeCount(
                PolicyCategory.ELECTION_MISINFORMATION,
                "consumer-app",
                Outcome.DELIVERED_UNDETECTED,
                10),
            new OutcomeCount(
                PolicyCategory.ELECTION_MISINFORMATION, "api", Outcome.DELIVERED_UNDETECTED, 5),
            new OutcomeCount(PolicyCategory.SYNTHETIC_MEDIA, "api", Outcome.REFUSED, 20),
            new OutcomeCount(
                PolicyCategory.SYNTHETIC_MEDIA, "api", Outcome.DELIVERED_AFTER_DETECTION, 4)),
        Lists.immutable.of(
            new WindowSpan("Surge", WindowKind.SURGE, 2 * DAY, 3 * DAY),
            new WindowSpan("Outage", WindowKind.OUTAGE, 3 * DAY + 12 * HOUR, 4 * DAY)));
  }

  /** The labels of the elections of {@link #severalElections}, as long as real ones. */
  static final List<String> ELECTION_LABELS =
      List.of(
          "India, general election (final phase)",
          "Mexico, general election",
          "European Parliament election",
          "United Kingdom, general election",
          "United States, general election");

  /**
   * The tiny run as if its scenario held {@code elections} (at most five) elections ("e1", "e2",
   * ...; election days a day apart, ending on 4 Nov), each with an enforcement curve of its own.
   */
  static ScenarioResult severalElections(int elections) {
    ScenarioResult base = tiny();
    List<ElectionMarker> markers = new ArrayList<>();
    List<SurvivalCurve> curves = new ArrayList<>(base.curves().castToList());
    for (int e = 1; e <= elections; e++) {
      LocalDate day = LocalDate.of(2024, 11, 4).minusDays(elections - e);
      String label = ELECTION_LABELS.get(e - 1);
      markers.add(new ElectionMarker("e" + e, label, day, (3 - elections + e) * DAY));
      curves.add(
          curve(
              CurveKind.ENFORCEMENT,
              GroupKind.ELECTION_PREFIX + "e" + e,
              label,
              new double[] {e, 6 * e},
              new double[] {0.1 * e, 0.12 * e}));
    }
    RunMetadata tiny = base.metadata();
    RunMetadata metadata =
        new RunMetadata(
            tiny.scenarioId(),
            tiny.title(),
            tiny.marking(),
            tiny.scenarioHash(),
            tiny.seed(),
            tiny.replications(),
            tiny.precinctVersion(),
            tiny.variant(),
            tiny.confidenceLevel(),
            tiny.zone(),
            tiny.start(),
            tiny.electionDay(),
            tiny.end(),
            tiny.milestones(),
            tiny.injects(),
            tiny.interventionsOn(),
            Lists.immutable.ofAll(markers));
    return new ScenarioResult(
        metadata,
        base.metrics(),
        Lists.immutable.ofAll(curves),
        base.dailySeries(),
        base.hourlySeries(),
        base.campaigns(),
        base.outcomes(),
        base.windows());
  }

  static RunMetadata tinyMetadata(String variant) {
    ZoneId utc = ZoneId.of("UTC");
    return new RunMetadata(
        "tiny",
        "Tiny test scenario",
        "TLP:AMBER",
        "abc123",
        42,
        200,
        "9.9.9-test",
        variant,
        0.95,
        utc,
        ZonedDateTime.of(2024, 11, 1, 0, 0, 0, 0, utc),
        LocalDate.of(2024, 11, 4),
        ZonedDateTime.of(2024, 11, 6, 0, 0, 0, 0, utc),
        Lists.immutable.of(new TimeMarker("Early voting", DAY)),
        Lists.immutable.of(new TimeMarker("Deepfake wave", 2 * DAY + 12 * HOUR)),
        Lists.immutable.empty());
  }

  static MetricSummary metric(Metric metric, double mean) {
    return new MetricSummary(
        metric, 200, mean, mean * 0.9, mean * 1.1, mean, mean * 0.8, mean * 1.2, mean * 0.1);
  }

  /** A curve whose band is the share plus and minus 0.05, clipped to [0, 1]. */
  static SurvivalCurve curve(
      CurveKind kind, String group, String label, double[] hours, double[] share) {
    double[] low = new double[share.length];
    double[] high = new double[share.length];
    for (int i = 0; i < share.length; i++) {
      low[i] = Math.max(0, share[i] - 0.05);
      high[i] = Math.min(1, share[i] + 0.05);
    }
    double last = share.length == 0 ? 0 : share[share.length - 1];
    return new SurvivalCurve(
        kind.name().toLowerCase() + "-" + group,
        label,
        kind,
        group,
        hours,
        share,
        low,
        high,
        1 - last,
        share[0],
        20,
        50);
  }

  /** A daily "all" series whose band is half to one and a half times the median. */
  static BandSeries daily(SeriesKind kind, double[] median) {
    return band(kind, "all", median);
  }

  /** A daily count so rare that its median and p10 are zero every day while its mean is not. */
  static BandSeries rare(SeriesKind kind, double[] mean) {
    double[] zero = new double[mean.length];
    double[] p90 = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      p90[i] = Math.floor(mean[i]);
    }
    return new BandSeries(
        kind.id(), kind.label(), kind.unit(), kind.resolution(), "all", zero, zero, p90, mean);
  }

  static BandSeries band(SeriesKind kind, String group, double[] median) {
    double[] p10 = new double[median.length];
    double[] p90 = new double[median.length];
    for (int i = 0; i < median.length; i++) {
      p10[i] = median[i] * 0.5;
      p90[i] = median[i] * 1.5;
    }
    return new BandSeries(
        kind.id(), kind.label(), kind.unit(), kind.resolution(), group, median, p10, p90, median);
  }

  static BandSeries hourly(SeriesKind kind, int hours, double value) {
    double[] median = new double[hours];
    java.util.Arrays.fill(median, value);
    return band(kind, "all", median);
  }

  static ImmutableList<ScenarioResult> variants(String... names) {
    List<ScenarioResult> results = new ArrayList<>();
    for (String name : names) {
      ScenarioResult base = tiny();
      results.add(
          new ScenarioResult(
              tinyMetadata(name),
              base.metrics(),
              base.curves(),
              base.dailySeries(),
              base.hourlySeries(),
              base.campaigns(),
              base.outcomes(),
              base.windows()));
    }
    return Lists.immutable.ofAll(results);
  }
}
