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
import org.jfree.data.category.DefaultCategoryDataset;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.SeriesColours;

/**
 * Which interventions matter most? One horizontal bar per intervention, longest first, for the harm
 * it averts (a Shapley value, or a paired difference against the baseline) with its confidence
 * interval as a whisker; bars are coloured by intervention in the order the experiment declares
 * them, so an intervention keeps its colour in the frontier chart too.
 */
public final class InterventionRankingChart {

  /**
   * Options of the chart.
   *
   * @param title the headline
   * @param valueLabel the axis label, with its unit (e.g. "Harmful outputs averted per run")
   * @param percent whether the values are shares, shown as percentages on the axis
   * @param threshold the smallest effect that matters in practice, drawn as dashed lines at plus
   *     and minus it and named in the subtitle (NaN: none)
   */
  public record Options(String title, String valueLabel, boolean percent, double threshold) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(valueLabel, "valueLabel");
      if (title.isBlank() || valueLabel.isBlank()) {
        throw new IllegalArgumentException("title and valueLabel must not be blank");
      }
      if (threshold < 0 || Double.isInfinite(threshold)) {
        throw new IllegalArgumentException("threshold must be finite and >= 0, was " + threshold);
      }
    }

    /** Options for values in the label's own units, with no threshold. */
    public Options(String title, String valueLabel) {
      this(title, valueLabel, false, Double.NaN);
    }

    /** Returns the default options for harm averted. */
    public static Options harmAverted() {
      return new Options("Which interventions matter most?", "Harmful outputs averted per run");
    }
  }

  /**
   * The experiment's estimates.
   *
   * @param estimates one interval per intervention, in the experiment's declared order
   * @param caption the run caption of the experiment
   * @param colourOrder every key of the report in the order that fixes its colour (e.g. baseline
   *     then mixes), shared with the report's other charts so a key keeps one colour
   */
  public record Input(List<Interval> estimates, Caption caption, List<String> colourOrder) {
    /** Copies the estimates. */
    public Input {
      estimates = List.copyOf(estimates);
      Objects.requireNonNull(caption, "caption");
      colourOrder = List.copyOf(colourOrder);
    }

    /** The input whose colours follow the estimates' declared order. */
    public Input(List<Interval> estimates, Caption caption) {
      this(estimates, caption, estimates.stream().map(Interval::label).toList());
    }
  }

  /**
   * What the chart draws.
   *
   * @param ranked the estimates, largest first
   * @param colours colours by label, in declared order
   * @param caption the caption
   */
  public record Data(List<Interval> ranked, SeriesColours colours, Caption caption) {
    /** Copies the ranking. */
    public Data {
      ranked = List.copyOf(ranked);
    }
  }

  private InterventionRankingChart() {}

  /** Ranks the estimates, largest first (ties keep declared order). */
  public static Data dataset(Input input) {
    List<Interval> ranked = new ArrayList<>(input.estimates());
    ranked.sort(Comparator.comparingDouble(Interval::estimate).reversed());
    SeriesColours colours = SeriesColours.extended(input.colourOrder());
    return new Data(ranked, colours, input.caption());
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Interval entry : data.ranked()) {
      dataset.addValue(entry.estimate(), "estimate", entry.label());
    }
    ColouredBars renderer =
        new ColouredBars(
            column ->
                Palette.translucent(
                    data.colours().colour(data.ranked().get(column).label()), 0.85));
    CategoryAxis labels = new CategoryAxis(null);
    theme.styleAxis(labels);
    labels.setCategoryMargin(0.3);
    // long names wrap onto a second line rather than being cut with an ellipsis
    labels.setMaximumCategoryLabelLines(2);
    labels.setMaximumCategoryLabelWidthRatio(0.3f);
    NumberAxis values = theme.valueAxis(options.valueLabel());
    if (options.percent()) {
      values.setNumberFormatOverride(Percentages.format());
    }
    boolean marked = !Double.isNaN(options.threshold()) && options.threshold() > 0;
    double reach = marked ? options.threshold() : 0;
    double low =
        Math.min(-reach, data.ranked().stream().mapToDouble(Interval::low).min().orElse(0));
    double high =
        Math.max(reach, data.ranked().stream().mapToDouble(Interval::high).max().orElse(1));
    if (marked && data.ranked().stream().allMatch(i -> i.low() >= 0)) {
      low = Math.min(0, data.ranked().stream().mapToDouble(Interval::low).min().orElse(0));
    }
    double pad = (high - low) * 0.04;
    values.setRange(low < 0 ? low - pad : 0, high + pad);
    CategoryPlot plot = new CategoryPlot(dataset, labels, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    theme.stylePlot(plot);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(theme.gridStroke());
    plot.addRangeMarker(new ValueMarker(0, Palette.INK, new BasicStroke(2f)));
    ColouredBars.whiskers(plot, data.ranked());
    String subtitle =
        "Bars: estimate; whiskers: "
            + data.caption().confidencePercent()
            + " confidence interval. A whisker crossing zero is not distinguishable from no effect";
    if (marked) {
      for (double at : new double[] {options.threshold(), -options.threshold()}) {
        if (at >= values.getLowerBound()) {
          plot.addRangeMarker(new ValueMarker(at, Palette.MUTED, theme.dashedStroke()));
        }
      }
      String amount =
          options.percent()
              ? Percentages.format().format(options.threshold())
              : values.getNumberFormatOverride().format(options.threshold());
      subtitle =
          "Bars: estimate; whiskers: "
              + data.caption().confidencePercent()
              + " paired CI. Dashed: \u00b1"
              + amount
              + ", the smallest effect that matters; a whisker inside it is too small";
    }
    return theme.chart(new ChartText(options.title(), subtitle, data.caption()), plot, false);
  }
}
