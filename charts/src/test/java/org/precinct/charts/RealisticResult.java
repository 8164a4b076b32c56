package org.precinct.charts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.CampaignOutcome;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.result.OutcomeCount;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesResolution;
import org.precinct.engine.result.SurvivalCurve;
import org.precinct.engine.result.TimeMarker;
import org.precinct.engine.result.WindowKind;
import org.precinct.engine.result.WindowSpan;
import org.precinct.engine.spec.PolicyCategory;

/**
 * A hand-built result shaped like a month-long US run (6 Oct to 8 Nov 2024, New York time, across
 * the end of DST), for rendering every chart at full size; its numbers are made up by formula.
 */
final class RealisticResult {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final ZonedDateTime START = ZonedDateTime.of(2024, 10, 6, 0, 0, 0, 0, ZONE);
  private static final ZonedDateTime END = ZonedDateTime.of(2024, 11, 8, 0, 0, 0, 0, ZONE);
  private static final LocalDate ELECTION = LocalDate.of(2024, 11, 5);
  private static final String[] CHANNELS = {"consumer-app", "first-party-api", "cloud-partner"};

  private RealisticResult() {}

  static ScenarioResult create() {
    RunMetadata metadata = metadata();
    int days = 33;
    int hours = (int) Duration.between(START, END).toHours();
    return new ScenarioResult(
        metadata,
        Lists.immutable.of(
            SampleResults.metric(Metric.HARM_DELIVERED, 480),
            SampleResults.metric(Metric.MEAN_WAIT_HOURS, 3.2),
            SampleResults.metric(Metric.P90_WAIT_HOURS, 9.5),
            SampleResults.metric(Metric.SLA_BREACHES, 140)),
        Lists.immutable.ofAll(curves()),
        Lists.immutable.of(harmDaily(days), harmCumulative(days), waits(days), breaches(days)),
        Lists.immutable.of(staffed(hours), backlog(hours)),
        Lists.immutable.ofAll(campaigns()),
        Lists.immutable.ofAll(outcomes()),
        Lists.immutable.of(
            new WindowSpan("Election-week surge", WindowKind.SURGE, ticks(29, 0), ticks(32, 0)),
            new WindowSpan("Reviewer outage", WindowKind.OUTAGE, ticks(24, 8), ticks(25, 20))));
  }

  private static RunMetadata metadata() {
    return new RunMetadata(
        "us-general-2024",
        "US general election, final month (illustrative)",
        "TLP:AMBER",
        "5f1c9e",
        20241105,
        200,
        "0.1.0",
        "baseline",
        0.95,
        ZONE,
        START,
        ELECTION,
        END,
        Lists.immutable.of(
            new TimeMarker("Registration deadline (many states)", ticks(9, 0)),
            new TimeMarker("Early voting opens", ticks(15, 0))),
        Lists.immutable.of(
            new TimeMarker("Deepfake robocall wave", ticks(22, 9)),
            new TimeMarker(
                "Red-team findings improve the misinformation classifier", ticks(26, 12))),
        Lists.immutable.empty());
  }

  static long ticks(int day, int hour) {
    return Duration.between(START, START.plusDays(day).withHour(hour)).toMillis();
  }

  private static List<SurvivalCurve> curves() {
    List<SurvivalCurve> curves = new ArrayList<>();
    Object[][] spec = {
      {PolicyCategory.ELECTION_MISINFORMATION, 0.78, 20.0},
      {PolicyCategory.ELECTION_INTERFERENCE, 0.9, 9.0},
      {PolicyCategory.VOTER_PROFILING, 0.55, 40.0},
      {PolicyCategory.SYNTHETIC_MEDIA, 0.66, 14.0}
    };
    for (CurveKind kind : List.of(CurveKind.DETECTION, CurveKind.ENFORCEMENT)) {
      double slow = kind == CurveKind.DETECTION ? 0.5 : 1.0;
      for (Object[] s : spec) {
        PolicyCategory c = (PolicyCategory) s[0];
        curves.add(curve(kind, c.id(), c.label(), (double) s[1], (double) s[2] * slow));
      }
      curves.add(curve(kind, "all", "All accounts", 0.74, 18 * slow));
    }
    curves.add(curve(CurveKind.DISRUPTION, "all", "All campaigns", 0.6, 60));
    return curves;
  }

  private static SurvivalCurve curve(
      CurveKind kind, String group, String label, double plateau, double tau) {
    int n = 40;
    double[] h = new double[n];
    double[] s = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = Math.pow(i + 1, 1.6) * 1.2;
      s[i] = plateau * (1 - Math.exp(-h[i] / tau));
      double half = 0.03 + 0.05 * s[i];
      lo[i] = Math.max(0, s[i] - half);
      hi[i] = Math.min(1, s[i] + half);
    }
    return new SurvivalCurve(
        kind.name().toLowerCase() + "-" + group,
        label,
        kind,
        group,
        h,
        s,
        lo,
        hi,
        1 - s[n - 1],
        plateau * (1 - Math.exp(-24 / tau)),
        tau,
        120);
  }

  private static BandSeries harmDaily(int days) {
    double[] m = new double[days];
    for (int d = 0; d < days; d++) {
      double toElection = 30 - d;
      m[d] = 4 + 22 * Math.exp(-Math.abs(toElection) / 6) + (d == 22 || d == 23 ? 12 : 0);
      if (d > 30) {
        m[d] *= 0.5;
      }
    }
    return spread(SeriesKind.HARM_DELIVERED, m, 0.35);
  }

  private static BandSeries harmCumulative(int days) {
    double[] daily = harmDaily(days).median();
    double[] m = new double[days];
    double total = 0;
    for (int d = 0; d < days; d++) {
      total += daily[d];
      m[d] = total;
    }
    return spread(SeriesKind.HARM_DELIVERED_CUMULATIVE, m, 0.2);
  }

  private static BandSeries waits(int days) {
    double[] m = new double[days];
    for (int d = 0; d < days; d++) {
      m[d] = 1.5 + 4 * Math.exp(-Math.abs(24.5 - d) / 1.5) + 0.05 * d;
    }
    return spread(SeriesKind.MEAN_WAIT, m, 0.3);
  }

  private static BandSeries breaches(int days) {
    double[] m = new double[days];
    for (int d = 0; d < days; d++) {
      m[d] = Math.round(30 * Math.exp(-Math.abs(24.5 - d) / 1.2) + (d > 26 ? 2 : 0));
    }
    return spread(SeriesKind.SLA_BREACHES, m, 0.4);
  }

  private static BandSeries staffed(int hours) {
    double[] m = new double[hours];
    for (int h = 0; h < hours; h++) {
      int hourOfDay = START.plusHours(h).getHour();
      int day = h / 24;
      double staff = hourOfDay >= 8 && hourOfDay < 20 ? 12 : 4;
      staff += day >= 29 && day < 32 ? 8 : 0;
      staff -= (h >= 24 * 24 + 8 && h < 25 * 24 + 20) ? 6 : 0;
      m[h] = Math.max(0, staff);
    }
    return spread(SeriesKind.STAFFED, m, 0);
  }

  private static BandSeries backlog(int hours) {
    double[] staff = staffed(hours).median();
    double[] m = new double[hours];
    double q = 20;
    for (int h = 0; h < hours; h++) {
      double arrivals = 28 + 20 * Math.exp(-Math.abs(30 * 24 - h) / 150.0);
      q = Math.max(0, q + arrivals - staff[h] * 3.4);
      m[h] = q;
    }
    return spread(SeriesKind.BACKLOG, m, 0.3);
  }

  private static BandSeries spread(SeriesKind kind, double[] median, double width) {
    double[] p10 = new double[median.length];
    double[] p90 = new double[median.length];
    for (int i = 0; i < median.length; i++) {
      p10[i] = median[i] * (1 - width);
      p90[i] = median[i] * (1 + width);
    }
    return new BandSeries(
        kind.id(),
        kind.label(),
        kind.unit(),
        kind.resolution() == SeriesResolution.DAY ? SeriesResolution.DAY : SeriesResolution.HOUR,
        "all",
        median,
        p10,
        p90,
        median);
  }

  private static List<CampaignOutcome> campaigns() {
    return List.of(
        campaign(
            "robocall",
            "Deepfake robocall network",
            PolicyCategory.SYNTHETIC_MEDIA,
            22,
            33,
            5,
            19,
            70,
            0.7),
        campaign(
            "polling-lies",
            "Polling-place misinformation",
            PolicyCategory.ELECTION_MISINFORMATION,
            3,
            33,
            14,
            40,
            Double.NaN,
            0.3),
        campaign(
            "machine-probe",
            "Voting-machine probing",
            PolicyCategory.ELECTION_INTERFERENCE,
            10,
            20,
            3,
            8,
            30,
            0.9),
        campaign(
            "micro-target",
            "Voter micro-targeting",
            PolicyCategory.VOTER_PROFILING,
            0,
            33,
            60,
            150,
            Double.NaN,
            0.2),
        campaign(
            "donation-scam",
            "Fake donation drive",
            PolicyCategory.SOLICITATION,
            18,
            30,
            20,
            44,
            120,
            0.55));
  }

  private static CampaignOutcome campaign(
      String id,
      String label,
      PolicyCategory category,
      int fromDay,
      int toDay,
      double detect,
      double enforce,
      double disrupt,
      double share) {
    return new CampaignOutcome(
        id,
        label,
        category,
        "consumer-app",
        ticks(fromDay, 0),
        ticks(toDay, 0),
        detect,
        enforce,
        disrupt,
        share);
  }

  private static List<OutcomeCount> outcomes() {
    List<OutcomeCount> counts = new ArrayList<>();
    PolicyCategory[] categories = PolicyCategory.values();
    for (int c = 0; c < categories.length; c++) {
      for (int ch = 0; ch < CHANNELS.length; ch++) {
        double volume = 200 + 90 * ((c * 7 + ch * 3) % 5);
        double refused = 0.55 - 0.05 * c + (ch == 0 ? 0.1 : 0);
        counts.add(
            new OutcomeCount(categories[c], CHANNELS[ch], Outcome.REFUSED, volume * refused));
        counts.add(
            new OutcomeCount(
                categories[c], CHANNELS[ch], Outcome.NEUTRALISED, ch == 0 ? volume * 0.12 : 0));
        counts.add(
            new OutcomeCount(
                categories[c], CHANNELS[ch], Outcome.DELIVERED_AFTER_DETECTION, volume * 0.1));
        counts.add(
            new OutcomeCount(
                categories[c],
                CHANNELS[ch],
                Outcome.DELIVERED_UNDETECTED,
                volume * (0.23 + 0.03 * c - (ch == 0 ? 0.22 : 0))));
        counts.add(new OutcomeCount(categories[c], CHANNELS[ch], Outcome.PENDING, volume * 0.02));
      }
    }
    return counts;
  }
}
