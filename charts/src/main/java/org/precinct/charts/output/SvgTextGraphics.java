package org.precinct.charts.output;

import java.awt.Font;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Batik's SVG generator with two corrections for viewers that lack the bundled font: every text
 * element gets the width the chart was laid out with ({@code textLength}, glyphs and spacing
 * adjusted), so a substitute font of other metrics still fills exactly the box the layout gave it;
 * and text drawn in the bundled bold face is marked bold, since that face is a separate file whose
 * Java style is plain.
 */
final class SvgTextGraphics extends SVGGraphics2D {

  /** One drawn string and its advance width in its own user space. */
  private record Run(String text, double width) {}

  private final List<Run> runs;
  private Font laidOut;

  SvgTextGraphics(SVGGeneratorContext context) {
    super(context, false);
    this.runs = new ArrayList<>();
  }

  private SvgTextGraphics(SvgTextGraphics g) {
    super(g);
    this.runs = g.runs;
    this.laidOut = g.laidOut;
  }

  @Override
  public Graphics create() {
    return new SvgTextGraphics(this);
  }

  @Override
  public void setFont(Font font) {
    laidOut = font;
    boolean boldFace = font != null && font.getFontName().endsWith("Bold") && !font.isBold();
    super.setFont(boldFace ? font.deriveFont(Font.BOLD) : font);
  }

  @Override
  public void drawString(String s, float x, float y) {
    Font font = laidOut != null ? laidOut : getFont();
    runs.add(new Run(s, font.getStringBounds(s, getFontRenderContext()).getWidth()));
    super.drawString(s, x, y);
  }

  /**
   * Gives every text element under the root, in drawing order, the width its string was laid out
   * with; an element whose text does not match the next drawn string is left as it is.
   */
  void fitText(Element root) {
    NodeList texts = root.getElementsByTagNameNS("*", "text");
    int next = 0;
    for (int i = 0; i < texts.getLength() && next < runs.size(); i++) {
      Node node = texts.item(i);
      Run run = runs.get(next);
      if (node instanceof Element text && text.getTextContent().equals(run.text())) {
        text.setAttributeNS(
            null, "textLength", String.format(java.util.Locale.ROOT, "%.2f", run.width()));
        text.setAttributeNS(null, "lengthAdjust", "spacingAndGlyphs");
        next++;
      }
    }
  }
}
