package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import org.precinct.charts.experiment.ExperimentChartSamples;
import org.precinct.charts.experiment.ReportShapedSamples;

/** Every chart type drawn from the realistic sample and the experiment samples. */
final class AllCharts {

  private AllCharts() {}

  /**
   * Returns every run chart of the realistic result, then every experiment chart, from the short
   * samples and as the reports draw them.
   */
  static List<NamedChart> samples() {
    List<NamedChart> charts = new ArrayList<>(ChartSet.of(RealisticResult.create()));
    charts.addAll(ExperimentChartSamples.all());
    charts.addAll(ReportShapedSamples.all());
    charts.add(new NamedChart("pareto-front", ParetoFrontChartTest.crowded()));
    charts.addAll(
        ChartSet.of(SampleResults.severalElections(5)).stream()
            .filter(c -> c.name().equals("time-to-enforce-by-election"))
            .toList());
    return List.copyOf(charts);
  }
}
