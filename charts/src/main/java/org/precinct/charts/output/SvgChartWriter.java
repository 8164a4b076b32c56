package org.precinct.charts.output;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.jfree.chart.JFreeChart;
import org.precinct.charts.theme.BundledFonts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a chart as SVG through Apache Batik's SVG generator, with text kept as {@code <text>}
 * elements (searchable, selectable, translatable) and a viewBox so the drawing scales in any slide.
 * Text names the bundled face first and then {@link #FONT_FALLBACK}, keeps the width it was laid
 * out with whatever face a viewer substitutes, and stays bold where drawn bold ({@link
 * SvgTextGraphics}).
 */
public final class SvgChartWriter {

  /** The CSS font list of every text element: the bundled face, then common faces, then generic. */
  public static final String FONT_FALLBACK =
      "'DejaVu Sans', 'Helvetica Neue', Arial, Helvetica, 'Liberation Sans', sans-serif";

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private SvgChartWriter() {}

  /** Draws the chart and writes it as UTF-8 SVG to the stream (which stays open). */
  public static void write(JFreeChart chart, RenderSize size, OutputStream out) throws IOException {
    Document document =
        GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setEmbeddedFontsOn(false);
    context.setComment("Precinct chart");
    context.setPrecision(3);
    SvgTextGraphics g = new SvgTextGraphics(context);
    double w = size.layoutWidth();
    double h = size.layoutHeight();
    g.setSVGCanvasSize(new Dimension((int) Math.round(w), (int) Math.round(h)));
    chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
    Element root = g.getRoot();
    g.fitText(root);
    root.setAttributeNS(null, "viewBox", String.format(Locale.ROOT, "0 0 %.0f %.0f", w, h));
    root.setAttributeNS(null, "width", Integer.toString(size.width()));
    root.setAttributeNS(null, "height", Integer.toString(size.height()));
    StringWriter text = new StringWriter();
    g.stream(root, text, true, false);
    g.dispose();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(withFallback(text.toString()));
    writer.flush();
  }

  /** Replaces every single-family font declaration of the bundled face by the fallback list. */
  static String withFallback(String svg) {
    return svg.replace("font-family:'" + BundledFonts.FAMILY + "'", "font-family:" + FONT_FALLBACK);
  }
}
