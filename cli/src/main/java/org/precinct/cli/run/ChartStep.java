package org.precinct.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.precinct.charts.ChartRenderer;
import org.precinct.charts.ChartSet;
import org.precinct.charts.NamedChart;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.cli.output.SlideDeck;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.result.ScenarioResult;

/**
 * Renders every run chart into the folder's charts/ directory through the charts module, and
 * describes the files for the report: a PNG (else SVG) to show inline, and a link per format.
 */
final class ChartStep {
  /** The charts' folder inside the output folder. */
  static final String FOLDER = "charts";

  private ChartStep() {}

  static List<Chart> render(ScenarioResult result, Path dir, List<String> formats) {
    Set<ChartFormat> set = SlideDeck.chartFormats(formats);
    try {
      if (!set.isEmpty()) {
        ChartRenderer.renderAll(result, dir.resolve(FOLDER), set, RenderSize.SLIDE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SlideDeck.write(formats, ChartSet.of(result), dir, result.metadata().title());
    List<Chart> charts = new ArrayList<>();
    titles(result).forEach((name, title) -> charts.add(describe(name, title, set)));
    return charts;
  }

  private static Map<String, String> titles(ScenarioResult result) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (NamedChart named : ChartSet.of(result)) {
      titles.put(named.name(), title(named.chart(), named.name()));
    }
    return titles;
  }

  private static String title(JFreeChart chart, String name) {
    if (chart.getTitle() != null && !chart.getTitle().getText().isBlank()) {
      return chart.getTitle().getText();
    }
    String words = name.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Chart describe(String name, String title, Set<ChartFormat> formats) {
    List<Fact> links = new ArrayList<>();
    for (ChartFormat format : formats) {
      links.add(
          new Fact(
              format.extension().toUpperCase(Locale.ROOT),
              FOLDER + "/" + name + "." + format.extension()));
    }
    String image =
        formats.contains(ChartFormat.PNG)
            ? FOLDER + "/" + name + ".png"
            : formats.contains(ChartFormat.SVG) ? FOLDER + "/" + name + ".svg" : "";
    return new Chart(title, image, links);
  }
}
