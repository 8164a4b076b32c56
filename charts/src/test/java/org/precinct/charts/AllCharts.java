package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import org.precinct.charts.experiment.ExperimentChartSamples;

/** Every chart type drawn from the realistic sample and the experiment samples. */
final class AllCharts {

  private AllCharts() {}

  /** Returns every run chart of the realistic result, then every experiment chart. */
  static List<NamedChart> samples() {
    List<NamedChart> charts = new ArrayList<>(ChartSet.of(RealisticResult.create()));
    charts.addAll(ExperimentChartSamples.all());
    return List.copyOf(charts);
  }
}
