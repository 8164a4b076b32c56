package org.precinct.charts;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;

/** Prints how long each chart takes to draw and write in each format, for tuning. */
final class RenderTiming {

  private RenderTiming() {}

  public static void main(String[] args) throws Exception {
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      List<NamedChart> charts = ChartSet.of(RealisticResult.create());
      long built = System.nanoTime();
      StringBuilder line = new StringBuilder();
      long r0 = System.nanoTime();
      for (NamedChart chart : charts) {
        org.precinct.charts.output.PngChartWriter.render(chart.chart(), RenderSize.SLIDE);
      }
      line.append(String.format(" PNG-draw-only %.0f ms;", (System.nanoTime() - r0) / 1e6));
      long cpu0 =
          java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      for (ChartFormat format : ChartFormat.values()) {
        long f0 = System.nanoTime();
        for (NamedChart chart : charts) {
          ChartFiles.write(chart.chart(), format, RenderSize.SLIDE, new ByteArrayOutputStream());
        }
        line.append(String.format(" %s %.0f ms", format, (System.nanoTime() - f0) / 1e6));
      }
      System.out.printf(
          "round %d: build %.0f ms;%s; total %.0f ms%n",
          round, (built - t0) / 1e6, line, (System.nanoTime() - t0) / 1e6);
    }
  }
}
