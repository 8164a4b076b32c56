package org.precinct.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.precinct.charts.ChartRenderer;
import org.precinct.charts.NamedChart;
import org.precinct.charts.output.ChartFormat;

/**
 * The {@code slides} output format: every chart of a report in report order as one PDF, a 16:9 page
 * per chart, ready to present or to import into a deck; asked for with {@code --format slides}
 * beside the per-chart formats.
 */
public final class SlideDeck {
  /** The format name on the command line. */
  public static final String FORMAT = "slides";

  /** The deck's file name inside the output folder. */
  public static final String FILE = "slides.pdf";

  private SlideDeck() {}

  /** The per-chart file formats among {@code formats} (everything but {@code slides}). */
  public static Set<ChartFormat> chartFormats(List<String> formats) {
    Set<ChartFormat> set = EnumSet.noneOf(ChartFormat.class);
    formats.stream().filter(f -> !FORMAT.equals(f)).forEach(f -> set.add(ChartFormat.parse(f)));
    return set;
  }

  /** Whether {@code formats} asks for the deck. */
  public static boolean wanted(List<String> formats) {
    return formats.contains(FORMAT);
  }

  /** Writes the deck of {@code charts} into {@code folder} when asked for; returns whether. */
  public static boolean write(
      List<String> formats, List<NamedChart> charts, Path folder, String title) {
    if (!wanted(formats) || charts.isEmpty()) {
      return false;
    }
    try {
      ChartRenderer.renderDeck(charts, folder.resolve(FILE), title);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
