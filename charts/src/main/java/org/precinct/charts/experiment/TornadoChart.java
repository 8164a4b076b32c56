package org.precinct.charts.experiment;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.precinct.charts.scale.AxisRanges;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;

/**
 * Which assumptions move the answer most? A tornado: for each uncertain parameter, a bar from the
 * baseline output to the output with the parameter at its low end (blue) and at its high end
 * (orange), widest swing on top, so the assumptions worth arguing about stand out.
 */
public final class TornadoChart {

  /**
   * Options of the chart.
   *
   * @param outputLabel the axis label, with its unit
   * @param maxBars how many parameters to show at most
   */
  public record Options(String outputLabel, int maxBars) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(outputLabel, "outputLabel");
      if (maxBars < 1 || maxBars > 30) {
        throw new IllegalArgumentException("maxBars must be 1..30, was " + maxBars);
      }
    }
  }

  /**
   * One parameter's effect.
   *
   * @param label the parameter, with its range (e.g. "Classifier recall 0.6-0.9")
   * @param atLow the output with the parameter at its low end
   * @param atHigh the output with the parameter at its high end
   * @param lowHalfWidth the confidence-interval half-width of {@code atLow}, drawn as a whisker at
   *     the bar's end (0: none)
   * @param highHalfWidth the same for {@code atHigh}
   */
  public record Swing(
      String label, double atLow, double atHigh, double lowHalfWidth, double highHalfWidth) {
    /** Validates the swing. */
    public Swing {
      Objects.requireNonNull(label, "label");
      if (!Double.isFinite(atLow) || !Double.isFinite(atHigh)) {
        throw new IllegalArgumentException("swing of '" + label + "' must be finite");
      }
      if (!(lowHalfWidth >= 0) || !(highHalfWidth >= 0)) {
        throw new IllegalArgumentException("half-widths of '" + label + "' must be >= 0");
      }
    }

    /** A swing without intervals. */
    public Swing(String label, double atLow, double atHigh) {
      this(label, atLow, atHigh, 0, 0);
    }

    /** Returns the width of the swing. */
    public double width() {
      return Math.abs(atHigh - atLow);
    }
  }

  /**
   * The sensitivity analysis's result.
   *
   * @param baseline the output with every parameter at its base value
   * @param swings one per parameter, any order
   * @param caption the run caption
   */
  public record Input(double baseline, List<Swing> swings, Caption caption) {
    /** Copies the swings. */
    public Input {
      swings = List.copyOf(swings);
      Objects.requireNonNull(caption, "caption");
    }
  }

  /**
   * What the chart draws.
   *
   * @param baseline the base output, where bars start
   * @param swings the widest swings, widest first
   * @param caption the caption
   */
  public record Data(double baseline, List<Swing> swings, Caption caption) {
    /** Copies the swings. */
    public Data {
      swings = List.copyOf(swings);
    }
  }

  private TornadoChart() {}

  /** Orders the swings widest first and keeps at most {@code maxBars}. */
  public static Data dataset(Input input, Options options) {
    List<Swing> swings = new ArrayList<>(input.swings());
    swings.sort(Comparator.comparingDouble(Swing::width).reversed());
    return new Data(
        input.baseline(),
        swings.subList(0, Math.min(options.maxBars(), swings.size())),
        input.caption());
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    int n = data.swings().size();
    double[][] starts = new double[2][n];
    double[][] ends = new double[2][n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      Swing swing = data.swings().get(i);
      labels[i] = swing.label();
      starts[0][i] = Math.min(data.baseline(), swing.atLow());
      ends[0][i] = Math.max(data.baseline(), swing.atLow());
      starts[1][i] = Math.min(data.baseline(), swing.atHigh());
      ends[1][i] = Math.max(data.baseline(), swing.atHigh());
    }
    DefaultIntervalCategoryDataset dataset =
        new DefaultIntervalCategoryDataset(
            new String[] {"Parameter at its low end", "Parameter at its high end"},
            labels,
            box(starts),
            box(ends));
    double[][] whiskers = new double[2][n];
    for (int i = 0; i < n; i++) {
      whiskers[0][i] = data.swings().get(i).lowHalfWidth();
      whiskers[1][i] = data.swings().get(i).highHalfWidth();
    }
    double[][] tips = new double[2][n];
    for (int i = 0; i < n; i++) {
      tips[0][i] = data.swings().get(i).atLow();
      tips[1][i] = data.swings().get(i).atHigh();
    }
    IntervalBarRenderer renderer = new WhiskeredIntervalBars(tips, whiskers);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesPaint(1, Palette.ORANGE);
    renderer.setDefaultLegendShape(theme.legendSwatch());
    CategoryAxis axis = new CategoryAxis(null);
    theme.styleAxis(axis);
    axis.setCategoryMargin(0.3);
    // long parameter paths wrap (at hyphens and spaces) onto up to three lines instead of being
    // cut with an ellipsis
    axis.setMaximumCategoryLabelLines(3);
    axis.setMaximumCategoryLabelWidthRatio(0.3f);
    NumberAxis values = theme.valueAxis(options.outputLabel());
    values.setAutoRangeIncludesZero(false);
    double low =
        AxisRanges.minFinite(
            starts[0], starts[1], minus(tips[0], whiskers[0]), minus(tips[1], whiskers[1]));
    low = Math.min(low, data.baseline());
    double high =
        AxisRanges.maxFinite(
            ends[0], ends[1], plus(tips[0], whiskers[0]), plus(tips[1], whiskers[1]));
    high = Math.max(high, data.baseline());
    double pad = Math.max((high - low) * 0.06, 1e-9);
    values.setRange(low - pad, high + pad);
    CategoryPlot plot = new CategoryPlot(dataset, axis, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    theme.stylePlot(plot);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.addRangeMarker(new ValueMarker(data.baseline(), Palette.INK, new BasicStroke(2.5f)));
    boolean whiskered =
        data.swings().stream().anyMatch(w -> w.lowHalfWidth() > 0 || w.highHalfWidth() > 0);
    String subtitle =
        "Bars run from the baseline (black line) to the output with one parameter at the end of"
            + " its range, the others at base values"
            + (whiskered ? "; whiskers: " + data.caption().confidencePercent() + " CI" : "");
    return theme.chart(
        new ChartText("Which assumptions move the answer most?", subtitle, data.caption()),
        plot,
        true);
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }

  private static double[] plus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  private static Number[][] box(double[][] values) {
    Number[][] boxed = new Number[values.length][];
    for (int s = 0; s < values.length; s++) {
      boxed[s] = new Number[values[s].length];
      for (int i = 0; i < values[s].length; i++) {
        boxed[s][i] = values[s][i];
      }
    }
    return boxed;
  }
}
