package org.precinct.charts.experiment;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.precinct.charts.scale.Frontier;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.SeriesColours;

/**
 * What does less harm cost? Each intervention mix as a point at its cost and the harm that still
 * gets through, with the harm's confidence interval as a whisker (under a paired design, the
 * interval of its paired difference from the baseline, placed at its value); the mixes that no
 * other mix beats on both counts are joined as the frontier, the only ones worth choosing between.
 * Mixes are named in the legend, in their report colours, so close points never share a label.
 */
public final class FrontierChart {

  /**
   * Options of the chart.
   *
   * @param costLabel the cost axis label, with its unit
   * @param harmLabel the harm axis label, with its unit
   * @param whiskers what the whiskers are, for the subtitle (e.g. "95% CI of each mix's paired
   *     difference from the baseline")
   */
  public record Options(String costLabel, String harmLabel, String whiskers) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(costLabel, "costLabel");
      Objects.requireNonNull(harmLabel, "harmLabel");
      Objects.requireNonNull(whiskers, "whiskers");
    }

    /** Options whose whiskers are each mix's own confidence interval. */
    public Options(String costLabel, String harmLabel) {
      this(costLabel, harmLabel, "");
    }
  }

  /**
   * One intervention mix.
   *
   * @param cost its stated cost
   * @param harm the harm delivered with its interval; its label names the mix
   */
  public record Point(double cost, Interval harm) {
    /** Validates the point. */
    public Point {
      Objects.requireNonNull(harm, "harm");
      if (!Double.isFinite(cost)) {
        throw new IllegalArgumentException("cost of '" + harm.label() + "' must be finite");
      }
    }
  }

  /**
   * The mixes compared.
   *
   * @param points one per mix, in the experiment's declared order (baseline first)
   * @param caption the run caption
   * @param colourOrder every key of the report in the order that fixes its colour, shared with the
   *     report's other charts so a mix keeps one colour
   */
  public record Input(List<Point> points, Caption caption, List<String> colourOrder) {
    /** Copies the points. */
    public Input {
      points = List.copyOf(points);
      Objects.requireNonNull(caption, "caption");
      colourOrder = List.copyOf(colourOrder);
    }

    /** The input whose colours follow the points' declared order. */
    public Input(List<Point> points, Caption caption) {
      this(points, caption, points.stream().map(p -> p.harm().label()).toList());
    }
  }

  /**
   * What the chart draws.
   *
   * @param points the mixes in declared order
   * @param frontier the mixes on the frontier, cheapest first
   * @param colours colours by mix label, in declared order
   * @param caption the caption
   */
  public record Data(
      List<Point> points, List<Point> frontier, SeriesColours colours, Caption caption) {
    /** Copies the lists. */
    public Data {
      points = List.copyOf(points);
      frontier = List.copyOf(frontier);
    }
  }

  private FrontierChart() {}

  /** Finds the frontier (by estimated harm) and orders it by cost. */
  public static Data dataset(Input input) {
    List<Point> points = input.points();
    double[] cost = points.stream().mapToDouble(Point::cost).toArray();
    double[] harm = points.stream().mapToDouble(p -> p.harm().estimate()).toArray();
    boolean[] on = Frontier.pareto(cost, harm);
    List<Point> frontier = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (on[i]) {
        frontier.add(points.get(i));
      }
    }
    frontier.sort(Comparator.comparingDouble(Point::cost));
    SeriesColours colours = SeriesColours.extended(input.colourOrder());
    return new Data(points, frontier, colours, input.caption());
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    YIntervalSeriesCollection mixes = new YIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setErrorStroke(new BasicStroke(3f));
    renderer.setCapLength(14);
    for (int i = 0; i < data.points().size(); i++) {
      Point p = data.points().get(i);
      YIntervalSeries series = new YIntervalSeries(p.harm().label());
      series.add(p.cost(), p.harm().estimate(), p.harm().low(), p.harm().high());
      mixes.addSeries(series);
      renderer.setSeriesPaint(i, data.colours().colour(p.harm().label()));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-11, -11, 22, 22));
      renderer.setSeriesLinesVisible(i, false);
    }
    NumberAxis cost = theme.valueAxis(options.costLabel());
    cost.setUpperMargin(0.16);
    NumberAxis harm = theme.valueAxis(options.harmLabel());
    harm.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(mixes, cost, harm, renderer);
    theme.stylePlot(plot);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setDataset(1, frontierLine(data));
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesVisibleInLegend(0, false);
    line.setSeriesPaint(0, Palette.MUTED);
    line.setSeriesStroke(0, theme.dashedStroke());
    plot.setRenderer(1, line);
    String whiskers =
        options.whiskers().isBlank()
            ? data.caption().confidencePercent() + " intervals"
            : options.whiskers();
    String subtitle =
        "Lower left is better; dashed: mixes no other beats on both counts; whiskers: " + whiskers;
    JFreeChart chart =
        theme.chart(
            new ChartText("What does less harm cost?", subtitle, data.caption()), plot, true);
    theme.headAxisLabel(chart, harm);
    return chart;
  }

  private static XYSeriesCollection frontierLine(Data data) {
    XYSeries series = new XYSeries("Frontier", false, true);
    data.frontier().forEach(p -> series.add(p.cost(), p.harm().estimate()));
    return new XYSeriesCollection(series);
  }
}
