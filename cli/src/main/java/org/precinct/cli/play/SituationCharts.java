package org.precinct.cli.play;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.precinct.charts.ChartRenderer;
import org.precinct.charts.HarmOverTimeChart;
import org.precinct.charts.NamedChart;
import org.precinct.charts.ReviewOperationsChart;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.cli.output.SlideDeck;
import org.precinct.engine.result.ScenarioResult;

/**
 * The small charts of a stop, drawn by the charts module from the run cut at that moment: harm
 * delivered so far and the review queues so far; the axis spans the whole exercise, but the lines
 * stop at the present and the only inject marks are those already made.
 */
final class SituationCharts {
  private static final RenderSize SMALL = new RenderSize(1280, 720, 1);

  private SituationCharts() {}

  /** Writes the charts into {@code dir} and returns the files written. */
  static List<Path> write(ScenarioResult soFar, Path dir, List<String> formats) {
    Set<ChartFormat> set = SlideDeck.chartFormats(formats);
    if (set.isEmpty()) {
      set.add(ChartFormat.PNG);
    }
    HarmOverTimeChart.Options harm = HarmOverTimeChart.Options.all();
    ReviewOperationsChart.Options review = ReviewOperationsChart.Options.all();
    List<NamedChart> charts =
        List.of(
            new NamedChart(
                "harm-so-far",
                HarmOverTimeChart.create(HarmOverTimeChart.dataset(soFar, harm), harm)),
            new NamedChart(
                "review-so-far",
                ReviewOperationsChart.create(
                    ReviewOperationsChart.dataset(soFar, review), review)));
    List<Path> written = new ArrayList<>();
    try {
      for (NamedChart chart : charts) {
        written.addAll(ChartRenderer.render(chart, dir, set, SMALL));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }
}
