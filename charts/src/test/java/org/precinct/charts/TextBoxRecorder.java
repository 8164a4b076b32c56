package org.precinct.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.ext.awt.g2d.AbstractGraphics2D;
import org.apache.batik.ext.awt.g2d.GraphicContext;
import org.jfree.chart.JFreeChart;

/**
 * A graphics context that draws nothing and records where every piece of text would land: its ink
 * box on the canvas and the clip it was drawn under, so a test can say whether text leaves the
 * canvas, is cut by its clip or runs into other text.
 */
final class TextBoxRecorder extends AbstractGraphics2D {

  /** One drawn string: its text, its ink box on the canvas and the clip in force (or null). */
  record TextBox(String text, Rectangle2D box, Rectangle2D clip) {}

  private final List<TextBox> boxes;
  private final Graphics2D metrics;

  private TextBoxRecorder(List<TextBox> boxes, Graphics2D metrics) {
    super(false);
    this.boxes = boxes;
    this.metrics = metrics;
    gc = new GraphicContext();
    gc.setRenderingHints(metrics.getRenderingHints());
  }

  private TextBoxRecorder(TextBoxRecorder parent) {
    super(parent);
    this.boxes = parent.boxes;
    this.metrics = parent.metrics;
  }

  /**
   * Lays the chart out on a canvas of the given size, with the PNG writer's text hints, and returns
   * every text box drawn.
   */
  static List<TextBox> record(JFreeChart chart, double width, double height) {
    Graphics2D metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    metrics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    metrics.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    metrics.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    List<TextBox> boxes = new ArrayList<>();
    TextBoxRecorder g = new TextBoxRecorder(boxes, metrics);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    metrics.dispose();
    return List.copyOf(boxes);
  }

  @Override
  public void drawString(String s, float x, float y) {
    if (s.isBlank()) {
      return;
    }
    TextLayout layout = new TextLayout(s, getFont(), getFontRenderContext());
    Rectangle2D ink = layout.getBounds();
    ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
    add(s, ink);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    StringBuilder text = new StringBuilder();
    for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
      text.append(c);
    }
    if (text.toString().isBlank()) {
      return;
    }
    iterator.first();
    TextLayout layout = new TextLayout(iterator, getFontRenderContext());
    Rectangle2D ink = layout.getBounds();
    ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
    add(text.toString(), ink);
  }

  @Override
  public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
    Rectangle2D ink = glyphs.getVisualBounds();
    ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
    add("glyphs", ink);
  }

  private void add(String text, Rectangle2D userBox) {
    AffineTransform transform = gc.getTransform();
    Shape clip = gc.getClip();
    boxes.add(
        new TextBox(
            text,
            transform.createTransformedShape(userBox).getBounds2D(),
            clip == null ? null : transform.createTransformedShape(clip).getBounds2D()));
  }

  @Override
  public Graphics create() {
    return new TextBoxRecorder(this);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return metrics.getDeviceConfiguration();
  }

  @Override
  public FontMetrics getFontMetrics(Font font) {
    return metrics.getFontMetrics(font);
  }

  @Override
  public void setXORMode(Color c) {}

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {}

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    return true;
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    return true;
  }

  @Override
  public void dispose() {}

  @Override
  public void draw(Shape s) {}

  @Override
  public void fill(Shape s) {}

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {}

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {}
}
