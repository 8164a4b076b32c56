package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.TimeWindow;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.Metric;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.WindowKind;
import org.precinct.engine.result.WindowSpan;

/**
 * Can human review keep up? Four panels on one dated axis: cases waiting for review, reviewers on
 * duty, the daily mean wait, and reviews started after the SLA, with surge and outage windows
 * shaded, so a backlog can be read against the staffing that caused it.
 */
public final class ReviewOperationsChart {

  /**
   * Options of the chart.
   *
   * @param group the queue id, or "all" for every queue together
   */
  public record Options(String group) {

    /** Validates the options. */
    public Options {
      Objects.requireNonNull(group, "group");
      if (group.isBlank()) {
        throw new IllegalArgumentException("group must not be blank; use \"all\"");
      }
    }

    /** Returns the options of the chart over all queues. */
    public static Options all() {
      return new Options("all");
    }
  }

  /**
   * What the chart draws.
   *
   * @param backlog cases waiting, hourly, at each hour's start
   * @param staffed reviewers on duty, hourly
   * @param meanWait the mean wait of the cases that arrived each day, in hours, pooled over
   *     replications with its 95% interval (older results without it: the median of the daily means
   *     of reviews started, with its p10-p90 band)
   * @param meanWaitByStart the pooled mean wait of the reviews started each day (empty when absent)
   * @param slaBreaches reviews started after the SLA each day, as means across replications (the
   *     per-day median of a rare count is zero even when the run total is not)
   * @param windows shaded surges and outages
   * @param timeline the dated axis and its marks
   * @param summary one line of whole-run figures ("" when the metrics are absent)
   * @param caption the run caption
   */
  public record Data(
      BandLine backlog,
      BandLine staffed,
      BandLine meanWait,
      BandLine meanWaitByStart,
      DailyMeans slaBreaches,
      List<TimeWindow> windows,
      ChartTimeline timeline,
      String summary,
      Caption caption) {
    /** Copies the windows. */
    public Data {
      windows = List.copyOf(windows);
    }
  }

  private ReviewOperationsChart() {}

  /** Returns the review series of the chosen queue group, the windows and a summary line. */
  public static Data dataset(ScenarioResult result, Options options) {
    ChartTimeline timeline = ChartTimeline.of(result.metadata());
    List<TimeWindow> windows = new ArrayList<>();
    for (WindowSpan span : result.windows()) {
      double from = timeline.scale().x(span.fromTicks());
      double to = timeline.scale().x(span.toTicks());
      if (to > from) {
        windows.add(new TimeWindow(span.label(), from, to, span.kind() == WindowKind.SURGE));
      }
    }
    return new Data(
        hourly(result, timeline, SeriesKind.BACKLOG, options.group(), "Cases waiting"),
        hourly(result, timeline, SeriesKind.STAFFED, options.group(), "Reviewers on duty"),
        meanWait(result, timeline, options.group()),
        pooled(
            timeline,
            byArrivalOrNull(result, options.group(), SeriesKind.MEAN_WAIT),
            "By review-start day"),
        dailyMeans(result, timeline, options.group()),
        windows,
        timeline,
        summary(result),
        Caption.of(result.metadata()));
  }

  private static BandLine hourly(
      ScenarioResult result, ChartTimeline timeline, SeriesKind kind, String group, String label) {
    BandSeries series = result.series(kind, group);
    if (series == null) {
      return HarmOverTimeChart.empty(label);
    }
    double[] x = new double[series.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = timeline.binStart(series.resolution(), i);
    }
    return new BandLine(label, x, series.median(), series.p10(), series.p90());
  }

  private static BandLine daily(
      ScenarioResult result, ChartTimeline timeline, SeriesKind kind, String group, String label) {
    BandSeries series = result.series(kind, group);
    return series == null
        ? HarmOverTimeChart.empty(label)
        : HarmOverTimeChart.atMidpoints(timeline, series, label);
  }

  /** The wait by arrival day with its interval, or the older start-day median band. */
  private static BandLine meanWait(ScenarioResult result, ChartTimeline timeline, String group) {
    BandSeries byArrival = result.series(SeriesKind.MEAN_WAIT_BY_ARRIVAL, group);
    return byArrival == null
        ? daily(result, timeline, SeriesKind.MEAN_WAIT, group, "Mean wait")
        : pooled(timeline, byArrival, "By arrival day");
  }

  /** {@code kind}'s series when the result also has waits by arrival day, else null. */
  private static BandSeries byArrivalOrNull(ScenarioResult result, String group, SeriesKind kind) {
    return result.series(SeriesKind.MEAN_WAIT_BY_ARRIVAL, group) == null
        ? null
        : result.series(kind, group);
  }

  /** A pooled per-day mean with its 95% interval as the band (the mean where not estimable). */
  private static BandLine pooled(ChartTimeline timeline, BandSeries series, String label) {
    if (series == null) {
      return HarmOverTimeChart.empty(label);
    }
    int n = series.size();
    double[] x = new double[n];
    double[] mean = series.mean();
    double[] low = new double[n];
    double[] high = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = timeline.binMid(series.resolution(), i);
      double lo = series.ciLow()[i];
      double hi = series.ciHigh()[i];
      low[i] = Double.isNaN(lo) ? mean[i] : Math.min(lo, mean[i]);
      high[i] = Double.isNaN(hi) ? mean[i] : Math.max(hi, mean[i]);
    }
    return new BandLine(label, x, mean, low, high);
  }

  private static DailyMeans dailyMeans(
      ScenarioResult result, ChartTimeline timeline, String group) {
    BandSeries series = result.series(SeriesKind.SLA_BREACHES, group);
    if (series == null) {
      return new DailyMeans("SLA breaches", new double[0], new double[0]);
    }
    double[] x = new double[series.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = timeline.binMid(series.resolution(), i);
    }
    return new DailyMeans("SLA breaches", x, series.mean());
  }

  static String summary(ScenarioResult result) {
    MetricSummary wait = find(result, Metric.MEAN_WAIT_HOURS);
    MetricSummary p90 = find(result, Metric.P90_WAIT_HOURS);
    MetricSummary breaches = find(result, Metric.SLA_BREACHES);
    if (wait == null || p90 == null || breaches == null) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "Whole run: mean wait %.1f h, 90th percentile wait %.1f h, %,.0f reviews started after "
            + "the SLA (means across replications)",
        wait.mean(),
        p90.mean(),
        breaches.mean());
  }

  private static MetricSummary find(ScenarioResult result, Metric metric) {
    return result.metrics().detect(m -> m.metric() == metric);
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    CombinedDomainXYPlot plot = TimePanels.stack(theme, data.timeline());
    plot.setGap(28);
    XYPlot backlog =
        TimePanels.bandPanel(theme, data.backlog(), "Cases waiting", Palette.BLUE, true);
    XYPlot staffed =
        TimePanels.bandPanel(theme, data.staffed(), "Reviewers on duty", Palette.GREEN, true);
    XYPlot wait =
        data.meanWaitByStart().size() == 0
            ? TimePanels.bandPanel(
                theme,
                data.meanWait(),
                "Mean wait of reviews started (hours)",
                Palette.ORANGE,
                false)
            : TimePanels.bandsPanel(
                theme,
                List.of(data.meanWait(), flat(data.meanWaitByStart())),
                "Mean wait (hours) of cases by the day they arrived, with its 95% CI;"
                    + " grey: by the day their review started",
                List.of(Palette.ORANGE, Palette.MUTED));
    XYPlot breaches = breachPanel(theme, data.slaBreaches());
    plot.add(backlog, 3);
    plot.add(staffed, 2);
    plot.add(wait, 2);
    plot.add(breaches, 2);
    TimePanels.decorate(
        theme, List.of(backlog, staffed, wait, breaches), data.timeline().marks(), data.windows());
    String subtitle =
        data.summary().isBlank()
            ? "Median across replications with the p10-p90 band; green shading is a surge, red an outage"
            : data.summary();
    ChartText text = new ChartText("Can human review keep up?", subtitle, data.caption());
    return theme.chart(text, plot, false);
  }

  /** The line without its band. */
  private static BandLine flat(BandLine line) {
    return new BandLine(line.label(), line.x(), line.median(), line.median(), line.median());
  }

  private static XYPlot breachPanel(BriefingTheme theme, DailyMeans breaches) {
    XYSeries series = new XYSeries(breaches.label(), false, true);
    double[] x = breaches.x();
    double[] mean = breaches.mean();
    for (int i = 0; i < x.length; i++) {
      series.add(x[i], mean[i]);
    }
    XYBarRenderer renderer = new XYBarRenderer(0.25);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Palette.VERMILLION);
    XYPlot panel =
        TimePanels.panel(
            theme,
            new XYSeriesCollection(series),
            renderer,
            "Reviews started after the SLA (mean per day)");
    NumberAxis axis = (NumberAxis) panel.getRangeAxis();
    if (breaches.max() >= 3) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    } else if (!(breaches.max() > 0)) {
      // Nothing started after the SLA: a plain 0-to-1 axis, not JFreeChart's auto range around
      // zero (which labels its ticks "0, 0, -0").
      axis.setRange(0, 1);
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    return panel;
  }
}
