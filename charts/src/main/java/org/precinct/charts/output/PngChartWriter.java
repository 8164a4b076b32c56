package org.precinct.charts.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Draws a chart into an opaque RGB bitmap and encodes it as PNG. */
public final class PngChartWriter {

  private PngChartWriter() {}

  /** Draws the chart at the given size into a new image. */
  public static BufferedImage render(JFreeChart chart, RenderSize size) {
    BufferedImage image =
        new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      double scale = size.scale() * size.density();
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, size.layoutWidth(), size.layoutHeight()));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Draws the chart and writes it as PNG to the stream (which stays open). */
  public static void write(JFreeChart chart, RenderSize size, OutputStream out) throws IOException {
    if (!ImageIO.write(render(chart, size), "png", out)) {
      throw new IOException("no PNG encoder available in this JDK");
    }
  }
}
