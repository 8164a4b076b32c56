package org.precinct.charts.experiment;

import java.util.List;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Caption;

/** Hand-built experiment inputs shaped like a month-long run's compare, attribute and sweep. */
final class SampleExperiments {

  static final Caption CAPTION =
      new Caption(
          "US general election, final month (illustrative)",
          "",
          200,
          20241105,
          0.95,
          "0.1.0",
          "TLP:AMBER");

  private SampleExperiments() {}

  static InterventionRankingChart.Input ranking() {
    return new InterventionRankingChart.Input(
        List.of(
            new Interval("Election-week reviewer surge", 61, 44, 78),
            new Interval("Classifier retrain after red team", 118, 96, 140),
            new Interval("Partner referral fast lane", 9, -6, 24),
            new Interval("Voting-info redirect", 22, 12, 31),
            new Interval("Network takedown playbook", 87, 70, 106)),
        CAPTION);
  }

  static TornadoChart.Input tornado() {
    return new TornadoChart.Input(
        480,
        List.of(
            new TornadoChart.Swing("Harmful share of requests 0.2-0.5", 350, 690),
            new TornadoChart.Swing("Classifier recall 0.6-0.9", 610, 390),
            new TornadoChart.Swing("Review handle time 8-20 min", 455, 540),
            new TornadoChart.Swing("Partner action delay 12-72 h", 470, 505),
            new TornadoChart.Swing("Account re-creation delay 1-7 d", 520, 462)),
        CAPTION);
  }

  static HeatMapChart.Input heatMap() {
    double[] staff = {4, 8, 12, 16, 20};
    double[] recall = {0.6, 0.7, 0.8, 0.9};
    double[][] values = new double[recall.length][staff.length];
    for (int j = 0; j < recall.length; j++) {
      for (int i = 0; i < staff.length; i++) {
        values[j][i] = Math.round(900 * (1.1 - recall[j]) * (1 + 6 / staff[i]));
      }
    }
    return new HeatMapChart.Input(
        "Reviewers on day shift",
        staff,
        "Classifier recall",
        recall,
        values,
        "Harmful outputs delivered",
        CAPTION);
  }

  static FrontierChart.Input frontier() {
    return new FrontierChart.Input(
        List.of(
            new FrontierChart.Point(0, new Interval("Baseline", 480, 452, 508)),
            new FrontierChart.Point(12, new Interval("Redirect only", 458, 430, 486)),
            new FrontierChart.Point(35, new Interval("Surge", 419, 393, 445)),
            new FrontierChart.Point(40, new Interval("Retrain", 362, 340, 384)),
            new FrontierChart.Point(75, new Interval("Retrain + surge", 301, 281, 321)),
            new FrontierChart.Point(90, new Interval("Everything", 296, 275, 317)),
            new FrontierChart.Point(60, new Interval("Surge + takedowns", 340, 318, 362))),
        CAPTION);
  }
}
