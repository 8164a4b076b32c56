package org.precinct.charts;

import java.awt.GraphicsEnvironment;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;
import org.precinct.engine.result.CurveKind;

/**
 * Run in a child JVM that sees no system fonts: draws one chart in every format and lists the font
 * families the JVM knows, so the parent test can check what was drawn with what.
 */
final class FontlessProbe {

  private FontlessProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    TimeToCatchChart.Options options = TimeToCatchChart.Options.byCategory(CurveKind.ENFORCEMENT);
    var chart =
        TimeToCatchChart.create(
            TimeToCatchChart.dataset(RealisticResult.create(), options), options);
    for (ChartFormat format : ChartFormat.values()) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("chart." + format.extension()))) {
        ChartFiles.write(chart, format, RenderSize.SLIDE, out);
      }
    }
    String[] families =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    Files.writeString(dir.resolve("families.txt"), String.join("\n", families));
  }
}
