package org.precinct.charts.theme;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.precinct.charts.scale.LabelBand;

/**
 * An XY plot that draws the labels of its marked lines and windows in a band of rows above its
 * data, placed by {@link LabelBand} once the plot's size is known: the value axis is stretched so
 * the data stays below the band, so no label is drawn over a line, cut short or left off the plot.
 */
public final class LabelledPlot extends XYPlot {

  private static final long serialVersionUID = 1L;
  private static final double PAD = 6;
  private static final double GAP = 14;
  private static final double ROW_SPACING = 6;

  /**
   * A label of a line or window.
   *
   * @param text what it says, in full
   * @param x the data position of its line or window start
   * @param font the font
   * @param paint the text colour
   * @param preferRight whether it reads best right of its anchor
   */
  public record Label(String text, double x, Font font, Color paint, boolean preferRight)
      implements java.io.Serializable {
    /** Validates the label. */
    public Label {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(font, "font");
      Objects.requireNonNull(paint, "paint");
    }
  }

  private final ArrayList<Label> labels = new ArrayList<>();
  private double topOffset;
  private Range fixedRange;
  private boolean useLeftMargin;

  /** A plot over the dataset, axes and renderer, as {@link XYPlot}'s constructor. */
  public LabelledPlot(
      XYDataset dataset, ValueAxis domain, ValueAxis range, XYItemRenderer renderer) {
    super(dataset, domain, range, renderer);
  }

  /**
   * Sets the labels, drawn from {@code topOffset} pixels below the plot's top (room for a panel
   * heading), most important first.
   */
  public void setLabels(List<Label> labels, double topOffset) {
    this.labels.clear();
    this.labels.addAll(labels);
    this.topOffset = topOffset;
    ValueAxis axis = getRangeAxis();
    fixedRange = axis.isAutoRange() ? null : axis.getRange();
  }

  /**
   * Lets labels extend left of the data, over the axis space, when nothing is drawn there at the
   * band's height (row labels that start below it, not value ticks that reach the top).
   */
  public void setLabelsUseLeftMargin(boolean use) {
    this.useLeftMargin = use;
  }

  /** Returns the labels, in placement order. */
  public List<Label> labels() {
    return List.copyOf(labels);
  }

  @Override
  public void draw(
      Graphics2D g2,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    if (labels.isEmpty()) {
      super.draw(g2, area, anchor, parentState, info);
      return;
    }
    Rectangle2D data = dataArea(g2, area);
    LabelBand.Layout layout = layout(g2, data, area);
    reserve(band(g2, layout), data.getHeight());
    data = dataArea(g2, area);
    layout = layout(g2, data, area);
    super.draw(g2, area, anchor, parentState, info);
    drawLabels(g2, data, layout);
  }

  private Rectangle2D dataArea(Graphics2D g2, Rectangle2D area) {
    Rectangle2D copy = (Rectangle2D) area.clone();
    getInsets().trim(copy);
    AxisSpace space = calculateAxisSpace(g2, copy);
    Rectangle2D data = space.shrink(copy, null);
    getAxisOffset().trim(data);
    return data;
  }

  private LabelBand.Layout layout(Graphics2D g2, Rectangle2D data, Rectangle2D area) {
    List<LabelBand.Request> requests = new ArrayList<>();
    for (Label label : labels) {
      double x = xPixel(label.x(), data) - data.getX();
      requests.add(new LabelBand.Request(x, width(g2, label), label.preferRight()));
    }
    double left = useLeftMargin ? area.getX() + getInsets().getLeft() - data.getX() : 0;
    return LabelBand.place(requests, left, data.getWidth(), PAD, GAP);
  }

  private double band(Graphics2D g2, LabelBand.Layout layout) {
    return topOffset + PAD + layout.rows() * rowHeight(g2) + PAD;
  }

  /** Stretches the value axis so the data, with the axis' own margins, ends below the band. */
  private void reserve(double bandPixels, double height) {
    ValueAxis axis = getRangeAxis();
    Range base = fixedRange != null ? fixedRange : autoRange(axis);
    if (base == null) {
      return;
    }
    double share = Math.min(0.6, bandPixels / height);
    double extra = base.getLength() * share / (1 - share);
    axis.setRange(
        axis.isInverted()
            ? new Range(base.getLowerBound() - extra, base.getUpperBound())
            : new Range(base.getLowerBound(), base.getUpperBound() + extra),
        false,
        false);
  }

  private Range autoRange(ValueAxis axis) {
    Range data = getDataRange(axis);
    if (data == null) {
      return null;
    }
    double lower = data.getLowerBound();
    double upper = data.getUpperBound();
    if (axis instanceof NumberAxis number && number.getAutoRangeIncludesZero()) {
      lower = Math.min(0, lower);
      upper = Math.max(0, upper);
    }
    if (upper - lower < 1e-9) {
      upper = lower + 1;
    }
    return new Range(lower, upper + (upper - lower) * axis.getUpperMargin());
  }

  private double xPixel(double x, Rectangle2D data) {
    return getDomainAxis().valueToJava2D(x, data, RectangleEdge.BOTTOM);
  }

  private static double width(Graphics2D g2, Label label) {
    return label.font().getStringBounds(label.text(), g2.getFontRenderContext()).getWidth();
  }

  private double rowHeight(Graphics2D g2) {
    double height = 0;
    FontRenderContext frc = g2.getFontRenderContext();
    for (Label label : labels) {
      LineMetrics metrics = label.font().getLineMetrics(label.text(), frc);
      height = Math.max(height, metrics.getAscent() + metrics.getDescent());
    }
    return height + ROW_SPACING;
  }

  private void drawLabels(Graphics2D g2, Rectangle2D data, LabelBand.Layout layout) {
    double rowHeight = rowHeight(g2);
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      LabelBand.Placement at = layout.placements().get(i);
      g2.setFont(label.font());
      LineMetrics metrics = label.font().getLineMetrics(label.text(), g2.getFontRenderContext());
      double x = data.getX() + at.left();
      double top = data.getY() + topOffset + PAD + at.row() * rowHeight;
      g2.setPaint(Palette.translucent(Color.WHITE, 0.85));
      g2.fill(
          new Rectangle2D.Double(
              x - 2, top, width(g2, label) + 4, metrics.getAscent() + metrics.getDescent()));
      g2.setPaint(label.paint());
      g2.drawString(label.text(), (float) x, (float) (top + metrics.getAscent()));
    }
  }
}
