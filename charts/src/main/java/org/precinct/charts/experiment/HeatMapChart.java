package org.precinct.charts.experiment;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.precinct.charts.scale.AxisRanges;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.SequentialScale;

/**
 * How do two levers trade off? A two-parameter sweep as a grid of cells (e.g. reviewer headcount by
 * classifier recall), each shaded by the output on a light-to-dark ramp and labelled with its
 * value, so a presenter can point at a cell and read it.
 */
public final class HeatMapChart {

  /**
   * Options of the chart.
   *
   * @param title the headline
   * @param decimals decimals of the cell labels, 0 to 3
   * @param noise the widest confidence-interval half-width of a cell (0: none known); the colour
   *     scale spans at least twice it, so cells that differ by less than their intervals look alike
   *     instead of light against dark
   */
  public record Options(String title, int decimals, double noise) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(title, "title");
      if (decimals < 0 || decimals > 3) {
        throw new IllegalArgumentException("decimals must be 0..3, was " + decimals);
      }
      if (!(noise >= 0) || Double.isInfinite(noise)) {
        throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
      }
    }

    /** Options with no known interval. */
    public Options(String title, int decimals) {
      this(title, decimals, 0);
    }
  }

  /**
   * A sweep over two parameters.
   *
   * @param xLabel the first parameter with its unit
   * @param xs its values
   * @param yLabel the second parameter with its unit
   * @param ys its values
   * @param values values[y][x], the output in each cell
   * @param valueLabel the output with its unit
   * @param caption the run caption
   */
  public record Input(
      String xLabel,
      double[] xs,
      String yLabel,
      double[] ys,
      double[][] values,
      String valueLabel,
      Caption caption) {
    /** Validates that the grid is complete. */
    public Input {
      if (values.length != ys.length
          || Arrays.stream(values).anyMatch(row -> row.length != xs.length)) {
        throw new IllegalArgumentException(
            "values must be ys.length rows of xs.length cells, " + ys.length + "x" + xs.length);
      }
      Objects.requireNonNull(caption, "caption");
    }
  }

  /**
   * What the chart draws: one cell per grid point on index axes.
   *
   * @param x cell column index of each cell
   * @param y cell row index of each cell
   * @param z the value of each cell
   * @param input the sweep
   */
  public record Data(double[] x, double[] y, double[] z, Input input) {}

  /** The longest row label, in design pixels, that reads rotated beside the grid. */
  private static final double MAX_ROTATED_LABEL = 520;

  private HeatMapChart() {}

  /** Flattens the grid into cells, row by row. */
  public static Data dataset(Input input) {
    int n = input.xs().length * input.ys().length;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    int k = 0;
    for (int j = 0; j < input.ys().length; j++) {
      for (int i = 0; i < input.xs().length; i++) {
        x[k] = i;
        y[k] = j;
        z[k] = input.values()[j][i];
        k++;
      }
    }
    return new Data(x, y, z, input);
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(data.input().valueLabel(), new double[][] {data.x(), data.y(), data.z()});
    double[] range = colourRange(data.z(), options.noise());
    SequentialScale scale = new SequentialScale(range[0], range[1]);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    XYPlot plot =
        new XYPlot(
            dataset,
            axis(theme, data.input().xLabel(), data.input().xs()),
            axis(theme, data.input().yLabel(), data.input().ys()),
            renderer);
    theme.stylePlot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    String format = "%,." + options.decimals() + "f";
    for (int k = 0; k < data.z().length; k++) {
      XYTextAnnotation label =
          new XYTextAnnotation(
              String.format(Locale.US, format, data.z()[k]), data.x()[k], data.y()[k]);
      label.setFont(theme.tickFont());
      label.setPaint(scale.isDark(data.z()[k]) ? Color.WHITE : Palette.INK);
      plot.addAnnotation(label);
    }
    JFreeChart chart =
        theme.chart(
            new ChartText(options.title(), subtitle(data.input(), options), data.input().caption()),
            plot,
            false);
    chart.addSubtitle(legend(theme, scale));
    theme.fitAxisLabel(chart, plot.getRangeAxis(), MAX_ROTATED_LABEL);
    return chart;
  }

  /**
   * The colour scale's range: the cells' range, widened about its middle to at least twice the
   * widest interval half-width, so the ramp's full contrast is never spent on noise.
   */
  public static double[] colourRange(double[] values, double noise) {
    double lo = AxisRanges.minFinite(values);
    double hi = AxisRanges.maxFinite(values);
    double mid = (lo + hi) / 2;
    double half = Math.max((hi - lo) / 2, noise);
    if (!(half > 0)) {
      half = Math.max(Math.abs(mid) * 0.01, 0.5);
    }
    return new double[] {mid - half, mid + half};
  }

  private static String subtitle(Input input, Options options) {
    String lead = "Each cell: mean " + lower(input.valueLabel()) + "; darker is higher";
    if (options.noise() <= 0) {
      return lead;
    }
    return lead
        + "; the colours span at least \u00b1"
        + String.format(Locale.US, "%,." + options.decimals() + "f", options.noise())
        + ", the widest "
        + input.caption().confidencePercent()
        + " CI, so cells within it look alike";
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static SymbolAxis axis(BriefingTheme theme, String label, double[] values) {
    String[] symbols = Arrays.stream(values).mapToObj(HeatMapChart::format).toArray(String[]::new);
    SymbolAxis axis = new SymbolAxis(label, symbols);
    theme.styleAxis(axis);
    axis.setGridBandsVisible(false);
    axis.setRange(-0.5, values.length - 0.5);
    return axis;
  }

  static String format(double v) {
    DecimalFormat format =
        new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(v);
  }

  private static PaintScaleLegend legend(BriefingTheme theme, SequentialScale scale) {
    NumberAxis axis = theme.valueAxis(null);
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(scale.getLowerBound(), scale.getUpperBound());
    PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(28);
    legend.setAxisOffset(6);
    legend.setMargin(new RectangleInsets(40, 24, 40, 0));
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }
}
