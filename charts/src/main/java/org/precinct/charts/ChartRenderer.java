package org.precinct.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.engine.result.ScenarioResult;

/**
 * The entry point the CLI calls: draws every chart of a run and writes each in the requested
 * formats into a directory, as {@code <name>.<ext>}, one chart per core at a time (charts share
 * nothing mutable, and drawing dominates the time a run's report takes).
 */
public final class ChartRenderer {

  private ChartRenderer() {}

  /** Renders all run charts of the result and returns the files written, chart by chart. */
  public static List<Path> renderAll(
      ScenarioResult result, Path directory, Set<ChartFormat> formats, RenderSize size)
      throws IOException {
    requireFormats(formats);
    List<NamedChart> charts = ChartSet.of(result);
    int threads = Math.max(1, Math.min(charts.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Path>>> pending = new ArrayList<>();
      for (NamedChart chart : charts) {
        pending.add(pool.submit(() -> render(chart, directory, formats, size)));
      }
      List<Path> written = new ArrayList<>();
      for (Future<List<Path>> future : pending) {
        written.addAll(await(future));
      }
      return List.copyOf(written);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one chart in the requested formats (in format order) and returns the files. */
  public static List<Path> render(
      NamedChart chart, Path directory, Set<ChartFormat> formats, RenderSize size)
      throws IOException {
    requireFormats(formats);
    List<Path> written = new ArrayList<>();
    for (ChartFormat format : ChartFormat.values()) {
      if (formats.contains(format)) {
        written.add(ChartFiles.write(chart.chart(), directory, chart.name(), format, size));
      }
    }
    return written;
  }

  /**
   * Writes the charts, in the given (report) order, as one PDF slide deck with a 16:9 page each,
   * and returns the file.
   */
  public static Path renderDeck(List<NamedChart> charts, Path file, String title)
      throws IOException {
    return ChartFiles.writeDeck(charts.stream().map(NamedChart::chart).toList(), file, title);
  }

  private static void requireFormats(Set<ChartFormat> formats) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one chart format is needed");
    }
  }

  private static List<Path> await(Future<List<Path>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering charts", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("chart rendering failed", cause);
    }
  }
}
