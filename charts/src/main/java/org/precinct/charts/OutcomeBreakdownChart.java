package org.precinct.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.engine.result.Outcome;
import org.precinct.engine.result.OutcomeCount;
import org.precinct.engine.result.ScenarioResult;

/**
 * Where did harmful requests end? One stacked bar per policy category (or channel) split into
 * refused, neutralised, delivered after detection, delivered undetected and still pending, as
 * shares of that row's harmful requests (row labels carry the count), ordered from best to worst.
 */
public final class OutcomeBreakdownChart {

  /** The outcomes in drawing order, best first. */
  static final List<Outcome> ORDER =
      List.of(
          Outcome.REFUSED,
          Outcome.NEUTRALISED,
          Outcome.DELIVERED_AFTER_DETECTION,
          Outcome.DELIVERED_UNDETECTED,
          Outcome.PENDING);

  /** How rows are grouped. */
  public enum Grouping {
    /** One row per policy category. */
    CATEGORY,
    /** One row per channel. */
    CHANNEL
  }

  /**
   * Options of the chart.
   *
   * @param grouping rows by category (in category order) or by channel (largest first)
   * @param shares true for 100% bars of shares, false for mean counts per replication
   */
  public record Options(Grouping grouping, boolean shares) {
    /** Validates the options. */
    public Options {
      Objects.requireNonNull(grouping, "grouping");
    }
  }

  /**
   * What the chart draws.
   *
   * @param rows row labels (with counts)
   * @param outcomes the outcomes shown (those with any requests), in drawing order
   * @param values values[row][outcome]: a share of the row's total or a mean count
   * @param totals mean harmful requests per replication of each row
   * @param grouping how rows are grouped
   * @param caption the run caption
   */
  public record Data(
      List<String> rows,
      List<Outcome> outcomes,
      double[][] values,
      double[] totals,
      Grouping grouping,
      Caption caption) {
    /** Copies the lists. */
    public Data {
      rows = List.copyOf(rows);
      outcomes = List.copyOf(outcomes);
    }
  }

  private OutcomeBreakdownChart() {}

  /** Sums outcome counts per row and outcome, and turns them into shares when asked. */
  public static Data dataset(ScenarioResult result, Options options) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (String id : rowOrder(result, options.grouping())) {
      sums.put(id, new double[ORDER.size()]);
    }
    for (OutcomeCount count : result.outcomes()) {
      sums.get(key(count, options.grouping()))[ORDER.indexOf(count.outcome())] += count.meanCount();
    }
    sums.values().removeIf(v -> total(v) <= 0);
    List<Outcome> shown = new ArrayList<>();
    for (int o = 0; o < ORDER.size(); o++) {
      int outcome = o;
      if (sums.values().stream().anyMatch(v -> v[outcome] > 0)) {
        shown.add(ORDER.get(o));
      }
    }
    return assemble(sums, shown, options, Caption.of(result.metadata()));
  }

  private static Data assemble(
      Map<String, double[]> sums, List<Outcome> shown, Options options, Caption caption) {
    List<String> rows = new ArrayList<>();
    double[][] values = new double[sums.size()][shown.size()];
    double[] totals = new double[sums.size()];
    int r = 0;
    for (Map.Entry<String, double[]> entry : sums.entrySet()) {
      totals[r] = total(entry.getValue());
      rows.add(rowLabel(entry.getKey(), options.grouping(), totals[r]));
      for (int o = 0; o < shown.size(); o++) {
        double v = entry.getValue()[ORDER.indexOf(shown.get(o))];
        values[r][o] = options.shares() ? v / totals[r] : v;
      }
      r++;
    }
    return new Data(rows, shown, values, totals, options.grouping(), caption);
  }

  private static List<String> rowOrder(ScenarioResult result, Grouping grouping) {
    if (grouping == Grouping.CATEGORY) {
      return ChartKeys.categoryIds();
    }
    Map<String, Double> totals = new LinkedHashMap<>();
    result.outcomes().forEach(c -> totals.merge(c.channelId(), c.meanCount(), Double::sum));
    List<String> channels = new ArrayList<>(totals.keySet());
    channels.sort((a, b) -> Double.compare(totals.get(b), totals.get(a)));
    return channels;
  }

  private static String key(OutcomeCount count, Grouping grouping) {
    return grouping == Grouping.CATEGORY ? count.category().id() : count.channelId();
  }

  private static String rowLabel(String id, Grouping grouping, double total) {
    String name = grouping == Grouping.CATEGORY ? ChartKeys.categoryLabel(id) : id;
    return name + String.format(Locale.US, " (%,.0f)", total);
  }

  private static double total(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /** Returns the label of an outcome as shown in the legend. */
  static String label(Outcome outcome) {
    return switch (outcome) {
      case REFUSED -> "Refused";
      case NEUTRALISED -> "Neutralised (prompt modification)";
      case DELIVERED_AFTER_DETECTION -> "Delivered after detection";
      case DELIVERED_UNDETECTED -> "Delivered undetected";
      case PENDING -> "Still pending at the end";
    };
  }

  /** Returns the fixed colour of an outcome: blues for stopped, orange to red for delivered. */
  static Color colour(Outcome outcome) {
    return switch (outcome) {
      case REFUSED -> Palette.BLUE;
      case NEUTRALISED -> Palette.SKY_BLUE;
      case DELIVERED_AFTER_DETECTION -> Palette.ORANGE;
      case DELIVERED_UNDETECTED -> Palette.VERMILLION;
      case PENDING -> Palette.OTHER;
    };
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    StackedBarRenderer renderer = new StackedBarRenderer(options.shares());
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultLegendShape(theme.legendSwatch());
    for (int o = 0; o < data.outcomes().size(); o++) {
      Outcome outcome = data.outcomes().get(o);
      for (int r = 0; r < data.rows().size(); r++) {
        dataset.addValue(data.values()[r][o], label(outcome), data.rows().get(r));
      }
      renderer.setSeriesPaint(o, colour(outcome));
    }
    CategoryAxis rows = new CategoryAxis(null);
    theme.styleAxis(rows);
    rows.setCategoryMargin(0.35);
    NumberAxis values =
        options.shares()
            ? theme.shareAxis("Share of harmful requests")
            : theme.valueAxis("Harmful requests per replication (mean)");
    if (options.shares()) {
      values.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.US));
    }
    CategoryPlot plot = new CategoryPlot(dataset, rows, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    theme.stylePlot(plot);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(theme.gridStroke());
    plot.setDomainGridlinesVisible(false);
    String by = data.grouping() == Grouping.CATEGORY ? "policy category" : "channel";
    String subtitle =
        "Blues were stopped, orange and red got through; the number in brackets is the mean count"
            + " of harmful requests per replication";
    return theme.chart(
        new ChartText("Where did harmful requests end, by " + by + "?", subtitle, data.caption()),
        plot,
        true);
  }
}
