package org.precinct.charts.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The only place charts touch the file system: writes one chart to a file in one format. */
public final class ChartFiles {

  private ChartFiles() {}

  /**
   * Writes the chart to {@code directory/baseName.ext}, creating the directory if needed, and
   * returns the file written.
   */
  public static Path write(
      JFreeChart chart, Path directory, String baseName, ChartFormat format, RenderSize size)
      throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(baseName + "." + format.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(chart, format, size, out);
    }
    return file;
  }

  /**
   * Writes the charts as one PDF slide deck at {@code file}, a 16:9 page per chart in the given
   * order, creating the folder if needed, and returns the file.
   */
  public static Path writeDeck(List<JFreeChart> charts, Path file, String title)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfChartWriter.writeDeck(charts, title, out);
    }
    return file;
  }

  /** Writes the chart in the given format to a stream (which stays open). */
  public static void write(JFreeChart chart, ChartFormat format, RenderSize size, OutputStream out)
      throws IOException {
    switch (format) {
      case PNG -> PngChartWriter.write(chart, size, out);
      case SVG -> SvgChartWriter.write(chart, size, out);
      case PDF -> PdfChartWriter.write(chart, size, out);
    }
  }
}
