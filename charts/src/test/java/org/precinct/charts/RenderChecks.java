package org.precinct.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.precinct.charts.output.ChartFiles;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;

/** Renders a chart in memory and reads back what a viewer would see: pixels or text. */
final class RenderChecks {

  private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]*)</text");

  private RenderChecks() {}

  static byte[] bytes(JFreeChart chart, ChartFormat format, RenderSize size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartFiles.write(chart, format, size, out);
    return out.toByteArray();
  }

  static BufferedImage png(JFreeChart chart, RenderSize size) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes(chart, ChartFormat.PNG, size)));
  }

  /** Returns the share of pixels that are not (near) white. */
  static double inkedShare(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r + g + b < 720) {
          inked++;
        }
      }
    }
    return inked / (double) ((image.getHeight() / 2) * (image.getWidth() / 2));
  }

  /** Returns the text content of every SVG text element, joined by newlines, unescaped. */
  static String svgText(JFreeChart chart) throws IOException {
    String svg =
        new String(bytes(chart, ChartFormat.SVG, RenderSize.SLIDE), StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    Matcher m = SVG_TEXT.matcher(svg);
    while (m.find()) {
      text.append(
              m.group(1)
                  .replace("&amp;", "&")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&apos;", "'")
                  .replace("&quot;", "\""))
          .append('\n');
    }
    return text.toString();
  }

  /** Returns the text a PDF reader extracts from the chart's PDF. */
  static String pdfText(JFreeChart chart) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes(chart, ChartFormat.PDF, RenderSize.SLIDE))) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Collapses runs of whitespace, so text split across lines or glyph runs still matches. */
  static String squeeze(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
