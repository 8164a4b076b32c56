package org.precinct.cli.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.precinct.charts.ChartRenderer;
import org.precinct.charts.NamedChart;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.cli.output.SlideDeck;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;

/**
 * Writes an experiment's charts into the folder's charts/ directory in the requested formats, as a
 * run does, and describes each for the report: a PNG (else SVG) shown inline and a link per format.
 */
final class ExperimentCharts {

  static final String FOLDER = "charts";

  private ExperimentCharts() {}

  static List<Chart> render(
      List<ExperimentChart> charts, Path folder, List<String> formats, String deckTitle) {
    Set<ChartFormat> set = SlideDeck.chartFormats(formats);
    List<Chart> described = new ArrayList<>();
    for (ExperimentChart chart : charts) {
      try {
        if (!set.isEmpty()) {
          ChartRenderer.render(chart.chart(), folder.resolve(FOLDER), set, RenderSize.SLIDE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      described.add(describe(chart.title(), chart.chart(), set));
    }
    SlideDeck.write(
        formats, charts.stream().map(ExperimentChart::chart).toList(), folder, deckTitle);
    return described;
  }

  private static Chart describe(String title, NamedChart chart, Set<ChartFormat> formats) {
    String name = chart.name();
    List<Fact> links = new ArrayList<>();
    for (ChartFormat format : formats) {
      String file = FOLDER + "/" + name + "." + format.extension();
      links.add(new Fact(format.extension().toUpperCase(Locale.ROOT), file));
    }
    String image =
        formats.contains(ChartFormat.PNG)
            ? FOLDER + "/" + name + ".png"
            : formats.contains(ChartFormat.SVG) ? FOLDER + "/" + name + ".svg" : "";
    return new Chart(title, image, links);
  }
}
