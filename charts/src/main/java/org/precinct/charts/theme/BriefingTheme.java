package org.precinct.charts.theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one briefing look of every Precinct chart, laid out for a 1920x1080 slide: bundled DejaVu
 * Sans in sizes that read from the back of a room, a left-aligned headline and subtitle, the legend
 * on top, light horizontal grid lines only, no borders, shadows or gradients, and the caption that
 * says what was run at the foot.
 */
public final class BriefingTheme {

  /** Width of the design canvas in pixels; other sizes scale the drawing. */
  public static final int DESIGN_WIDTH = 1920;

  /** Height of the design canvas in pixels. */
  public static final int DESIGN_HEIGHT = 1080;

  private static final BriefingTheme STANDARD = new BriefingTheme(BundledFonts.get());

  static {
    // JFreeChart draws rotated labels (vertical axis titles) through TextLayout by default, a
    // workaround for an old JDK bug that turns them into outlines in SVG and PDF; drawString
    // keeps them as selectable text. Idempotent, and Precinct is the only JFreeChart user here.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private final BundledFonts fonts;

  private BriefingTheme(BundledFonts fonts) {
    this.fonts = fonts;
  }

  /** Returns the standard briefing theme. */
  public static BriefingTheme standard() {
    return STANDARD;
  }

  /** Returns the headline font. */
  public Font titleFont() {
    return fonts.bold(44f);
  }

  /** Returns the font of subtitles and axis labels. */
  public Font labelFont() {
    return fonts.regular(28f);
  }

  /** Returns the font of tick labels, legend items and annotations. */
  public Font tickFont() {
    return fonts.regular(24f);
  }

  /** Returns the font of in-plot annotations that must stand out (plateau values, markers). */
  public Font emphasisFont() {
    return fonts.bold(24f);
  }

  /** Returns the caption font. */
  public Font captionFont() {
    return fonts.regular(20f);
  }

  /**
   * Wraps a styled plot in a chart with headline, subtitle, optional legend, marking and caption.
   */
  public JFreeChart chart(ChartText text, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(36, 48, 24, 56));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    TextTitle hidden = new TextTitle(text.title(), titleFont());
    hidden.setVisible(false); // drawn in the headline row; kept as the chart's title for readers
    chart.setTitle(hidden);
    chart.addSubtitle(headline(text));
    if (!text.subtitle().isBlank()) {
      chart.addSubtitle(textTitle(text.subtitle(), labelFont(), Palette.MUTED, RectangleEdge.TOP));
    }
    if (legend) {
      LegendTitle legendTitle = new LegendTitle(plot);
      styleLegend(legendTitle);
      chart.addSubtitle(legendTitle);
    }
    TextTitle foot =
        textTitle(text.caption().text(), captionFont(), Palette.MUTED, RectangleEdge.BOTTOM);
    foot.setPadding(new RectangleInsets(18, 0, 0, 0));
    chart.addSubtitle(foot);
    return chart;
  }

  /**
   * Moves a vertical axis' label into a left-aligned heading just above the plot, where a label of
   * any length reads in full: rotated, a label longer than the plot is tall runs into the titles.
   */
  public void headAxisLabel(JFreeChart chart, org.jfree.chart.axis.Axis axis) {
    String label = axis.getLabel();
    if (label == null || label.isBlank()) {
      return;
    }
    axis.setLabel(null);
    TextTitle heading = textTitle(label, labelFont(), Palette.INK, RectangleEdge.TOP);
    heading.setHorizontalAlignment(HorizontalAlignment.LEFT);
    heading.setPadding(new RectangleInsets(10, 0, 4, 0));
    chart.addSubtitle(heading);
  }

  /**
   * Keeps a vertical axis' label rotated when it is at most {@code maxPixels} long in the label
   * font, else moves it into a heading above the plot ({@link #headAxisLabel}).
   */
  public void fitAxisLabel(JFreeChart chart, org.jfree.chart.axis.Axis axis, double maxPixels) {
    String label = axis.getLabel();
    if (label == null || label.isBlank()) {
      return;
    }
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    if (labelFont().getStringBounds(label, frc).getWidth() > maxPixels) {
      headAxisLabel(chart, axis);
    }
  }

  /** Returns the headline row: the title on the left and the handling marking on the right. */
  private Title headline(ChartText text) {
    TextTitle title = textTitle(text.title(), titleFont(), Palette.INK, RectangleEdge.TOP);
    title.setPadding(new RectangleInsets(0, 0, 8, 0));
    BlockContainer row = new HeadlineRow();
    row.add(title, RectangleEdge.LEFT);
    String marking = text.caption().marking();
    if (!marking.isBlank()) {
      TextTitle mark = textTitle(marking, emphasisFont(), Palette.INK, RectangleEdge.TOP);
      mark.setHorizontalAlignment(HorizontalAlignment.RIGHT);
      row.add(mark, RectangleEdge.RIGHT);
    }
    CompositeTitle headline = new CompositeTitle(row);
    headline.setPosition(RectangleEdge.TOP);
    headline.setHorizontalAlignment(HorizontalAlignment.LEFT);
    return headline;
  }

  /** Returns the headline text of a chart made by this theme, or "" when it has none. */
  public static String headlineOf(JFreeChart chart) {
    return chart.getTitle() == null ? "" : chart.getTitle().getText();
  }

  /** Returns a zero-based count or quantity axis with the given label (units included). */
  public NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    styleAxis(axis);
    axis.setAutoRangeIncludesZero(true);
    axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.US));
    return axis;
  }

  /** Returns a 0-100% axis for shares held as fractions. */
  public NumberAxis shareAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    styleAxis(axis);
    axis.setRange(0, 1);
    axis.setTickUnit(new NumberTickUnit(0.2, NumberFormat.getPercentInstance(Locale.US)));
    return axis;
  }

  /** Applies axis fonts, ink and tick styling to any axis. */
  public void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(labelFont());
    axis.setLabelPaint(Palette.INK);
    axis.setTickLabelFont(tickFont());
    axis.setTickLabelPaint(Palette.INK);
    axis.setAxisLinePaint(Palette.MUTED);
    axis.setTickMarkPaint(Palette.MUTED);
    axis.setTickMarkOutsideLength(6f);
    axis.setLabelInsets(new RectangleInsets(10, 10, 10, 10));
  }

  /** Applies the plot look: white, no outline, light range grid lines only. */
  public void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(16, 8, 8, 24));
    plot.setNoDataMessage("No data in this run");
    plot.setNoDataMessageFont(labelFont());
    plot.setNoDataMessagePaint(Palette.MUTED);
  }

  /** Returns the stroke of data lines. */
  public BasicStroke lineStroke() {
    return new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Returns the legend swatch of filled series (bars, areas). */
  public java.awt.Shape legendSwatch() {
    return new java.awt.geom.Rectangle2D.Double(-11, -11, 22, 22);
  }

  /** Returns the legend sample of line series. */
  public java.awt.geom.Line2D legendLine() {
    return new java.awt.geom.Line2D.Double(-18, 0, 18, 0);
  }

  /** Returns the stroke of grid lines. */
  public BasicStroke gridStroke() {
    return new BasicStroke(1.5f);
  }

  /** Returns the dashed stroke of milestone and reference lines. */
  public BasicStroke dashedStroke() {
    return new BasicStroke(
        2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 8f}, 0f);
  }

  private void styleLegend(LegendTitle legend) {
    legend.setItemFont(tickFont());
    legend.setItemPaint(Palette.INK);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setPosition(RectangleEdge.TOP);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setPadding(new RectangleInsets(8, 0, 8, 0));
    legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
  }

  private static TextTitle textTitle(String text, Font font, Color paint, RectangleEdge edge) {
    TextTitle title = new TextTitle(text, font);
    title.setPaint(paint);
    title.setPosition(edge);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setPadding(new RectangleInsets(2, 0, 6, 0));
    return title;
  }
}
