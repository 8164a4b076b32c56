package org.precinct.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.scale.LabelPlacer;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;

/**
 * The Pareto front an optimisation computed: every candidate it searched as a grey dot, the
 * candidates no other beats on both counts as numbered points (F1, F2, ... the rows of the report's
 * front table) joined by a dashed line, with whiskers for the intervals of both counts, the chosen
 * candidate ringed and the scenario as written as a hollow square. The objective's name sits above
 * the plot, where a long metric name has the whole width, and the numbers are placed so that none
 * covers another or a marker ({@link LabelPlacer}).
 */
public final class ParetoFrontChart {

  private static final double MARGIN = 0.06;
  private static final double MARKER = 22;

  /**
   * Options of the chart.
   *
   * @param title the headline, e.g. "Harm against cost: the computed front"
   * @param xLabel the horizontal count with its unit
   * @param yLabel the objective with its unit, shown above the plot
   */
  public record Options(String title, String xLabel, String yLabel) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(xLabel, "xLabel");
      Objects.requireNonNull(yLabel, "yLabel");
    }
  }

  /**
   * One candidate: both counts with their intervals (a count known exactly has low = high).
   *
   * @param x the horizontal count; its label names the candidate
   * @param y the objective
   */
  public record Point(Interval x, Interval y) {
    /** Validates the point. */
    public Point {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
    }
  }

  /**
   * What the optimisation found.
   *
   * @param front the candidates on the front, in the order of the report's front table (F1 first)
   * @param others every other candidate searched
   * @param chosen the candidate selected, if any
   * @param baseline the scenario as written, if it is to be shown
   * @param caption the run caption
   */
  public record Input(
      List<Point> front,
      List<Point> others,
      Optional<Point> chosen,
      Optional<Point> baseline,
      Caption caption) {
    /** Copies the lists. */
    public Input {
      front = List.copyOf(front);
      others = List.copyOf(others);
      Objects.requireNonNull(chosen, "chosen");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(caption, "caption");
    }
  }

  /**
   * What the chart draws.
   *
   * @param front the front, in the input's order
   * @param input the input
   * @param xRange the horizontal axis range {low, high}
   * @param yRange the vertical axis range {low, high}
   */
  public record Data(List<Point> front, Input input, double[] xRange, double[] yRange) {
    /** Copies the front. */
    public Data {
      front = List.copyOf(front);
    }
  }

  private ParetoFrontChart() {}

  /** Fits both axes to every point and whisker drawn. */
  public static Data dataset(Input input) {
    List<Point> all = new ArrayList<>(input.front());
    all.addAll(input.others());
    input.chosen().ifPresent(all::add);
    input.baseline().ifPresent(all::add);
    return new Data(
        input.front(),
        input,
        range(all.stream().map(Point::x).toList()),
        range(all.stream().map(Point::y).toList()));
  }

  /** The span of the intervals with a margin on each side (a point alone gets a unit around it). */
  static double[] range(List<Interval> intervals) {
    double low = intervals.stream().mapToDouble(Interval::low).min().orElse(0);
    double high = intervals.stream().mapToDouble(Interval::high).max().orElse(1);
    double span = high - low;
    if (!(span > 0)) {
      double half = Math.max(1e-9, Math.abs(low) * 0.05);
      return new double[] {low - Math.max(half, 0.5), high + Math.max(half, 0.5)};
    }
    return new double[] {low - MARGIN * span, high + MARGIN * span};
  }

  /** Draws the chart at the briefing design size, with the front's numbers placed apart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    NumberAxis x = axis(theme, options.xLabel(), data.xRange());
    NumberAxis y = axis(theme, null, data.yRange());
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    theme.stylePlot(plot);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    Input in = data.input();
    addMarkers(plot, 0, "Other candidates searched", in.others(), dot(12), Palette.OTHER, true);
    addFront(plot, data);
    addLine(plot, data);
    in.chosen()
        .ifPresent(
            c -> addMarkers(plot, 3, "Chosen", List.of(c), dot(38), Palette.VERMILLION, false));
    in.baseline()
        .ifPresent(
            b ->
                addMarkers(
                    plot,
                    4,
                    "Scenario as written",
                    List.of(b),
                    new Rectangle2D.Double(-12, -12, 24, 24),
                    Palette.INK,
                    false));
    String subtitle =
        "Lower left is better; dashed: the candidates no other searched candidate beats on both"
            + " counts; whiskers: "
            + in.caption().confidencePercent()
            + " intervals";
    JFreeChart chart =
        theme.chart(new ChartText(options.title(), subtitle, in.caption()), plot, true);
    TextTitle head = new TextTitle(options.yLabel(), theme.labelFont());
    head.setPaint(Palette.INK);
    head.setPosition(RectangleEdge.TOP);
    head.setHorizontalAlignment(HorizontalAlignment.LEFT);
    head.setPadding(new RectangleInsets(4, 0, 4, 0));
    chart.addSubtitle(head);
    placeNumbers(chart, plot, data, theme.tickFont());
    return chart;
  }

  private static NumberAxis axis(BriefingTheme theme, String label, double[] range) {
    NumberAxis axis = theme.valueAxis(label);
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(range[0], range[1]);
    return axis;
  }

  private static Shape dot(double size) {
    return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
  }

  private static void addMarkers(
      XYPlot plot,
      int index,
      String name,
      List<Point> points,
      Shape shape,
      java.awt.Color colour,
      boolean filled) {
    XYSeries series = new XYSeries(name, false, true);
    points.forEach(p -> series.add(p.x().estimate(), p.y().estimate()));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, shape);
    renderer.setSeriesPaint(0, filled ? Palette.translucent(colour, 0.5) : colour);
    renderer.setSeriesShapesFilled(0, filled);
    renderer.setUseOutlinePaint(false);
    renderer.setSeriesStroke(0, new BasicStroke(4f));
    plot.setDataset(index, new XYSeriesCollection(series));
    plot.setRenderer(index, renderer);
  }

  private static void addFront(XYPlot plot, Data data) {
    XYIntervalSeries series =
        new XYIntervalSeries(
            "On the front (F1 to F" + data.front().size() + ": rows of the front table)",
            false,
            true);
    boolean xWhiskers = false;
    for (Point p : data.front()) {
      series.add(
          p.x().estimate(), p.x().low(), p.x().high(), p.y().estimate(), p.y().low(), p.y().high());
      xWhiskers |= p.x().high() > p.x().low();
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(xWhiskers);
    renderer.setErrorStroke(new BasicStroke(3f));
    renderer.setCapLength(14);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesShape(0, dot(MARKER));
    renderer.setSeriesLinesVisible(0, false);
    plot.setDataset(1, dataset);
    plot.setRenderer(1, renderer);
  }

  private static void addLine(XYPlot plot, Data data) {
    XYSeries series = new XYSeries("Front", false, true);
    data.front().forEach(p -> series.add(p.x().estimate(), p.y().estimate()));
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, Palette.MUTED);
    line.setSeriesStroke(0, BriefingTheme.standard().dashedStroke());
    line.setSeriesVisibleInLegend(0, false);
    plot.setDataset(2, new XYSeriesCollection(series));
    plot.setRenderer(2, line);
  }

  /** Lays the chart out once at the design size, then puts F1, F2, ... where nothing else is. */
  private static void placeNumbers(JFreeChart chart, XYPlot plot, Data data, Font font) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = scratch.createGraphics();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    ChartRenderingInfo info = new ChartRenderingInfo();
    Rectangle2D canvas =
        new Rectangle2D.Double(0, 0, BriefingTheme.DESIGN_WIDTH, BriefingTheme.DESIGN_HEIGHT);
    chart.draw(g2, canvas, info);
    FontMetrics metrics = g2.getFontMetrics(font);
    g2.dispose();
    Rectangle2D area = info.getPlotInfo().getDataArea();
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    List<Rectangle2D> obstacles = new ArrayList<>();
    List<Point> marked = new ArrayList<>(data.front());
    data.input().chosen().ifPresent(marked::add);
    data.input().baseline().ifPresent(marked::add);
    for (Point p : marked) {
      double px = x.valueToJava2D(p.x().estimate(), area, RectangleEdge.BOTTOM);
      double py = y.valueToJava2D(p.y().estimate(), area, RectangleEdge.LEFT);
      obstacles.add(new Rectangle2D.Double(px - 19, py - 19, 38, 38));
      double top = y.valueToJava2D(p.y().high(), area, RectangleEdge.LEFT);
      double bottom = y.valueToJava2D(p.y().low(), area, RectangleEdge.LEFT);
      obstacles.add(new Rectangle2D.Double(px - 8, top, 16, bottom - top));
    }
    double[][] anchors = new double[data.front().size()][];
    double[][] sizes = new double[anchors.length][];
    for (int i = 0; i < anchors.length; i++) {
      Point p = data.front().get(i);
      anchors[i] =
          new double[] {
            x.valueToJava2D(p.x().estimate(), area, RectangleEdge.BOTTOM),
            y.valueToJava2D(p.y().estimate(), area, RectangleEdge.LEFT)
          };
      sizes[i] = new double[] {metrics.stringWidth(number(i)) + 4, metrics.getHeight()};
    }
    List<Rectangle2D> boxes = LabelPlacer.place(anchors, sizes, obstacles, area, 16);
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D b = boxes.get(i);
      XYTextAnnotation label =
          new XYTextAnnotation(
              number(i),
              x.java2DToValue(b.getCenterX(), area, RectangleEdge.BOTTOM),
              y.java2DToValue(b.getCenterY(), area, RectangleEdge.LEFT));
      label.setFont(font);
      label.setPaint(Palette.INK);
      label.setTextAnchor(TextAnchor.CENTER);
      plot.addAnnotation(label);
    }
  }

  private static String number(int i) {
    return "F" + (i + 1);
  }
}
