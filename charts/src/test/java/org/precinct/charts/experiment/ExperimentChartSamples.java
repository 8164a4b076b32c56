package org.precinct.charts.experiment;

import java.util.List;
import org.precinct.charts.NamedChart;

/** The four experiment charts drawn from the sample inputs, for rendering tests and previews. */
public final class ExperimentChartSamples {

  private ExperimentChartSamples() {}

  /** Returns the sample experiment charts with their file names. */
  public static List<NamedChart> all() {
    InterventionRankingChart.Options ranking = InterventionRankingChart.Options.harmAverted();
    TornadoChart.Options tornado = new TornadoChart.Options("Harmful outputs delivered", 10);
    HeatMapChart.Options heat =
        new HeatMapChart.Options("How do staffing and recall trade off?", 0);
    FrontierChart.Options frontier =
        new FrontierChart.Options("Cost per day (cost units)", "Harmful outputs delivered");
    return List.of(
        new NamedChart(
            "intervention-ranking",
            InterventionRankingChart.create(
                InterventionRankingChart.dataset(SampleExperiments.ranking()), ranking)),
        new NamedChart(
            "tornado",
            TornadoChart.create(
                TornadoChart.dataset(SampleExperiments.tornado(), tornado), tornado)),
        new NamedChart(
            "heat-map",
            HeatMapChart.create(HeatMapChart.dataset(SampleExperiments.heatMap()), heat)),
        new NamedChart(
            "frontier",
            FrontierChart.create(FrontierChart.dataset(SampleExperiments.frontier()), frontier)));
  }

  /** Returns an axis label each sample chart must show. */
  public static String axisLabel(String name) {
    return switch (name) {
      case "intervention-ranking" -> "Harmful outputs averted per run";
      case "tornado" -> "Harmful outputs delivered";
      case "heat-map" -> "Classifier recall";
      default -> "Cost per day (cost units)";
    };
  }
}
