package org.precinct.charts.experiment;

import java.util.List;
import org.precinct.charts.NamedChart;
import org.precinct.charts.scale.Interval;

/**
 * The experiment charts as the CLI's reports draw them: the long metric and parameter titles,
 * shares with a practical threshold, paired whiskers, close mixes and narrow colour differences, so
 * layout tests see the labels a presenter sees, not only short hand-picked ones.
 */
public final class ReportShapedSamples {

  private static final String HARM = "Weighted harm delivered through election day";

  private ReportShapedSamples() {}

  /** Returns the report-shaped experiment charts with their file names. */
  public static List<NamedChart> all() {
    return List.of(mixRanking(), frontier(), heatMap(), tornado(), varianceShares());
  }

  private static NamedChart mixRanking() {
    InterventionRankingChart.Options options =
        new InterventionRankingChart.Options(
            "Which mix helps most?",
            "Reduction in weighted harm delivered through election day, % of the baseline's"
                + " 3,102 weighted points",
            true,
            0.05);
    InterventionRankingChart.Input input =
        new InterventionRankingChart.Input(
            List.of(
                new Interval("fast", 0.011, 0.004, 0.019),
                new Interval("strict", 0.010, 0.0044, 0.016),
                new Interval("lean", -0.052, -0.071, -0.032)),
            SampleExperiments.CAPTION,
            List.of("baseline", "fast", "strict", "lean"));
    return new NamedChart(
        "report-mix-ranking",
        InterventionRankingChart.create(InterventionRankingChart.dataset(input), options));
  }

  private static NamedChart frontier() {
    FrontierChart.Options options =
        new FrontierChart.Options(
            "Stated cost of the interventions on, over the scenario (cost units)",
            HARM + " (weighted points)",
            "95% CI of the paired difference from the baseline");
    FrontierChart.Input input =
        new FrontierChart.Input(
            List.of(
                new FrontierChart.Point(211, new Interval("baseline", 3102, 3102, 3102)),
                new FrontierChart.Point(243, new Interval("fast", 3067, 3044, 3089)),
                new FrontierChart.Point(235, new Interval("strict", 3070, 3052, 3088)),
                new FrontierChart.Point(65, new Interval("lean", 3263, 3202, 3324))),
            SampleExperiments.CAPTION);
    return new NamedChart(
        "report-frontier", FrontierChart.create(FrontierChart.dataset(input), options));
  }

  private static NamedChart heatMap() {
    double[] staff = {0.5, 1, 1.5, 2};
    double[] action = {0.4, 0.5, 0.6, 0.7, 0.8};
    double[][] values = new double[action.length][staff.length];
    for (int j = 0; j < action.length; j++) {
      for (int i = 0; i < staff.length; i++) {
        values[j][i] = 2058 - 60 * action[j] - 12 * staff[i];
      }
    }
    HeatMapChart.Input input =
        new HeatMapChart.Input(
            "Staff scale of Trust & safety review",
            staff,
            "Partner action probability of Cloud partner platform A",
            action,
            values,
            HARM + " (weighted points)",
            SampleExperiments.CAPTION);
    HeatMapChart.Options options = new HeatMapChart.Options(HARM + " across the grid", 0, 323);
    return new NamedChart(
        "report-heat-map", HeatMapChart.create(HeatMapChart.dataset(input), options));
  }

  private static NamedChart tornado() {
    TornadoChart.Options options = new TornadoChart.Options(HARM + " (weighted points)", 30);
    TornadoChart.Input input =
        new TornadoChart.Input(
            2990,
            List.of(
                new TornadoChart.Swing(
                    "Partner action probability of Cloud partner platform A 0.65-0.9",
                    3270,
                    2804,
                    140,
                    120),
                new TornadoChart.Swing(
                    "Accuracy of Trust & safety review 0.88-0.96", 3007, 2881, 150, 130),
                new TornadoChart.Swing(
                    "Recall of misinfo classifier 0.45-0.65", 2991, 2939, 20, 18)),
            SampleExperiments.CAPTION);
    return new NamedChart(
        "report-tornado", TornadoChart.create(TornadoChart.dataset(input, options), options));
  }

  private static NamedChart varianceShares() {
    InterventionRankingChart.Options options =
        new InterventionRankingChart.Options(
            "Which assumptions explain the spread?",
            "Share of the variance explained (first order)",
            true,
            Double.NaN);
    InterventionRankingChart.Input input =
        new InterventionRankingChart.Input(
            List.of(
                new Interval("Accuracy of Trust & safety review", 0.129, 0, 0.229),
                new Interval(
                    "Partner action probability of Cloud partner platform A", 0.0085, 0, 0.017),
                new Interval("Recall of misinfo classifier", 0.007, 0, 0.014)),
            SampleExperiments.CAPTION);
    return new NamedChart(
        "report-variance-shares",
        InterventionRankingChart.create(InterventionRankingChart.dataset(input), options));
  }
}
