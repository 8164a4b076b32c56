package org.precinct.charts;

import java.awt.GraphicsEnvironment;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precinct.charts.output.RenderSize;
import org.precinct.charts.output.SvgChartWriter;

/**
 * Run in a child JVM that sees one system font only: writes every sample chart as SVG, lays each
 * out to check its text boxes, and lists the font families the JVM knows, for {@link
 * SvgViewersTest}.
 */
final class SvgViewerProbe {

  private SvgViewerProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir.resolve("svg"));
    List<String> problems = new ArrayList<>();
    RenderSize size = RenderSize.SLIDE;
    for (NamedChart chart : AllCharts.samples()) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("svg/" + chart.name() + ".svg"))) {
        SvgChartWriter.write(chart.chart(), size, out);
      }
      List<TextBoxRecorder.TextBox> boxes =
          TextBoxRecorder.record(chart.chart(), size.layoutWidth(), size.layoutHeight());
      new TextFit(1)
          .problems(boxes, size.layoutWidth(), size.layoutHeight())
          .forEach(p -> problems.add(chart.name() + ": " + p));
    }
    Files.write(dir.resolve("textfit.txt"), problems);
    String[] families =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    Files.writeString(dir.resolve("families.txt"), String.join("\n", families));
  }
}
