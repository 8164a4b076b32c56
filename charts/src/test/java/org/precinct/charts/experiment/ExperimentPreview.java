package org.precinct.charts.experiment;

import java.nio.file.Path;
import org.precinct.charts.NamedChart;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;

/** Renders the sample experiment charts into a folder, for looking at them while developing. */
final class ExperimentPreview {

  private ExperimentPreview() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
    for (NamedChart chart : ExperimentChartSamples.all()) {
      ChartFiles.write(chart.chart(), dir, chart.name(), ChartFormat.PNG, RenderSize.SLIDE);
    }
  }
}
