package org.precinct.charts.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/** Draws a chart into an opaque RGB bitmap and encodes it as PNG. */
public final class PngChartWriter {

  /** ImageIO's PNG quality: 1 stores, 0 compresses hardest; 0.75 is a fast deflate level. */
  private static final float COMPRESSION_QUALITY = 0.75f;

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

  /**
   * Draws the chart and writes it as PNG to the stream (which stays open), with fast deflate
   * settings: a slide-sized chart is mostly flat colour, so light compression costs little size and
   * saves most of the encoding time of ImageIO's default.
   */
  public static void write(JFreeChart chart, RenderSize size, OutputStream out) throws IOException {
    BufferedImage image = render(chart, size);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(COMPRESSION_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
