package org.precinct.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.engine.result.ScenarioResult;

/**
 * The entry point the CLI calls: draws every chart of a run and writes each in the requested
 * formats into a directory, as {@code <name>.<ext>}.
 */
public final class ChartRenderer {

  private ChartRenderer() {}

  /** Renders all run charts of the result and returns the files written, chart by chart. */
  public static List<Path> renderAll(
      ScenarioResult result, Path directory, Set<ChartFormat> formats, RenderSize size)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (NamedChart chart : ChartSet.of(result)) {
      written.addAll(render(chart, directory, formats, size));
    }
    return List.copyOf(written);
  }

  /** Writes one chart in the requested formats (in format order) and returns the files. */
  public static List<Path> render(
      NamedChart chart, Path directory, Set<ChartFormat> formats, RenderSize size)
      throws IOException {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one chart format is needed");
    }
    List<Path> written = new ArrayList<>();
    for (ChartFormat format : ChartFormat.values()) {
      if (formats.contains(format)) {
        written.add(ChartFiles.write(chart.chart(), directory, chart.name(), format, size));
      }
    }
    return written;
  }
}
