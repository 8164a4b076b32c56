package org.precinct.charts;

import java.nio.file.Path;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.engine.result.ScenarioResult;

/** Renders the realistic sample's charts into a folder, for looking at them while developing. */
final class RenderPreview {

  private RenderPreview() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
    ScenarioResult result = RealisticResult.create();
    long t0 = System.nanoTime();
    java.util.List<Path> files =
        ChartRenderer.renderAll(
            result, dir, java.util.EnumSet.allOf(ChartFormat.class), RenderSize.SLIDE);
    long t1 = System.nanoTime();
    java.util.List<Path> again =
        ChartRenderer.renderAll(
            result, dir, java.util.EnumSet.allOf(ChartFormat.class), RenderSize.SLIDE);
    long t2 = System.nanoTime();
    System.out.printf(
        "%d files, first %.0f ms, second %.0f ms%n",
        files.size() + 0 * again.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }
}
