package org.precinct.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.LabelledPlot;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.TimeAxes;
import org.precinct.engine.result.CampaignOutcome;
import org.precinct.engine.result.ScenarioResult;

/**
 * When was each campaign caught? A Gantt-like row per campaign: its active window as a bar in its
 * category's colour, and the median first detection, first enforcement and disruption across
 * replications as marks on it; the row label says in what share of runs it was disrupted.
 */
public final class CampaignTimelineChart {

  private static final String[] EVENTS = {"First detection", "First enforcement", "Disruption"};

  /** Vertical offsets of the three marks within a row, so same-day events stay apart. */
  private static final double[] LANES = {-0.24, 0.24, 0};

  /** Room left at each end of the dated axis, as a share of its span, so marks there are whole. */
  private static final double EDGE_ROOM = 0.012;

  /**
   * Options of the chart.
   *
   * @param maxCampaigns how many campaigns to show at most (the earliest-starting ones)
   */
  public record Options(int maxCampaigns) {

    /** Validates the options. */
    public Options {
      if (maxCampaigns < 1 || maxCampaigns > 40) {
        throw new IllegalArgumentException("maxCampaigns must be 1..40, was " + maxCampaigns);
      }
    }

    /** Returns the default options: up to 16 campaigns, which still read on a slide. */
    public static Options standard() {
      return new Options(16);
    }
  }

  /**
   * One campaign row; event positions are NaN when the event did not happen in most runs.
   *
   * @param label the row label, with the disrupted share
   * @param categoryId the colour key
   * @param start the active window's start on the dated axis
   * @param end the active window's end
   * @param events first detection, first enforcement and disruption, on the dated axis
   */
  public record Row(String label, String categoryId, double start, double end, double[] events) {
    /** Copies the events. */
    public Row {
      events = events.clone();
    }

    @Override
    public double[] events() {
      return events.clone();
    }
  }

  /**
   * What the chart draws.
   *
   * @param rows the campaigns, earliest start first
   * @param timeline the dated axis and its marks
   * @param caption the run caption
   */
  public record Data(List<Row> rows, ChartTimeline timeline, Caption caption) {
    /** Copies the rows. */
    public Data {
      rows = List.copyOf(rows);
    }
  }

  private CampaignTimelineChart() {}

  /** Returns one row per campaign, ordered by start, with events placed on the dated axis. */
  public static Data dataset(ScenarioResult result, Options options) {
    ChartTimeline timeline = ChartTimeline.of(result.metadata());
    List<Row> rows = new ArrayList<>();
    result
        .campaigns()
        .toSortedListBy(CampaignOutcome::startTicks)
        .take(options.maxCampaigns())
        .forEach(c -> rows.add(row(timeline, c)));
    return new Data(rows, timeline, Caption.of(result.metadata()));
  }

  private static Row row(ChartTimeline timeline, CampaignOutcome c) {
    double start = timeline.scale().x(c.startTicks());
    double[] hours = {
      c.medianFirstDetectionHours(), c.medianEnforcementHours(), c.medianDisruptionHours()
    };
    double[] events = new double[3];
    for (int i = 0; i < 3; i++) {
      events[i] =
          Double.isFinite(hours[i])
              ? timeline.scale().x(c.startTicks() + Math.round(hours[i] * 3_600_000))
              : Double.NaN;
    }
    String label =
        c.label() + "  \u00b7  " + TimeToCatchText.percent(c.disruptedShare()) + " disrupted";
    return new Row(label, c.category().id(), start, timeline.scale().x(c.endTicks()), events);
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    BriefingTheme theme = BriefingTheme.standard();
    ChartTimeline timeline = data.timeline();
    String[] labels = data.rows().stream().map(Row::label).toArray(String[]::new);
    SymbolAxis campaigns = new SymbolAxis(null, labels);
    theme.styleAxis(campaigns);
    campaigns.setInverted(true);
    campaigns.setGridBandsVisible(false);
    campaigns.setTickMarksVisible(false);
    campaigns.setRange(-0.6, Math.max(labels.length, 1) - 0.4);
    double pad = (timeline.to() - timeline.from()) * EDGE_ROOM;
    LabelledPlot plot =
        new LabelledPlot(
            windows(data),
            TimeAxes.dayAxis(theme, timeline.scale(), timeline.from() - pad, timeline.to() + pad),
            campaigns,
            barRenderer(data));
    theme.stylePlot(plot);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setDataset(1, events(data));
    plot.setRenderer(1, eventRenderer());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    TimeAxes.mark(plot, theme, timeline.marks());
    TimeAxes.label(plot, theme, timeline.marks(), List.of(), 0);
    // the band above the first row is free across the row labels too, so a long label can sit
    // left of its line instead of being pushed across it
    plot.setLabelsUseLeftMargin(true);
    String subtitle =
        "Bars: active window by category; marks: medians across replications, "
            + "absent when most runs never reached the event";
    return theme.chart(
        new ChartText("When was each campaign caught?", subtitle, data.caption()), plot, true);
  }

  static XYIntervalSeriesCollection windows(Data data) {
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    List<Row> rows = data.rows();
    for (String id : categoriesShown(data)) {
      XYIntervalSeries series = new XYIntervalSeries(ChartKeys.categoryLabel(id));
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        if (row.categoryId().equals(id)) {
          series.add(row.start(), row.start(), row.end(), i, i - 0.32, i + 0.32);
        }
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  private static List<String> categoriesShown(Data data) {
    List<String> shown = new ArrayList<>();
    for (String id : ChartKeys.categoryIds()) {
      if (data.rows().stream().anyMatch(r -> r.categoryId().equals(id))) {
        shown.add(id);
      }
    }
    data.rows().stream()
        .map(Row::categoryId)
        .filter(id -> !shown.contains(id))
        .distinct()
        .forEach(shown::add);
    return shown;
  }

  private static XYBarRenderer barRenderer(Data data) {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setLegendBar(BriefingTheme.standard().legendSwatch());
    List<String> shown = categoriesShown(data);
    for (int s = 0; s < shown.size(); s++) {
      Color colour = ChartKeys.categoryColours().colour(shown.get(s));
      renderer.setSeriesPaint(s, Palette.translucent(colour, 0.8));
    }
    return renderer;
  }

  static XYSeriesCollection events(Data data) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (int e = 0; e < EVENTS.length; e++) {
      XYSeries series = new XYSeries(EVENTS[e], false, true);
      for (int i = 0; i < data.rows().size(); i++) {
        double x = data.rows().get(i).events()[e];
        if (Double.isFinite(x)) {
          series.add(x, i + LANES[e]);
        }
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  private static XYLineAndShapeRenderer eventRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    Shape[] shapes = {
      new Ellipse2D.Double(-8, -8, 16, 16), triangle(10), new Rectangle2D.Double(-4, -16, 8, 32)
    };
    Color[] fills = {Color.WHITE, Palette.INK, Palette.INK};
    for (int e = 0; e < shapes.length; e++) {
      renderer.setSeriesShape(e, shapes[e]);
      renderer.setSeriesPaint(e, Palette.INK);
      renderer.setSeriesFillPaint(e, fills[e]);
      renderer.setSeriesOutlinePaint(e, Palette.INK);
      renderer.setSeriesOutlineStroke(e, new BasicStroke(3f));
    }
    renderer.setUseFillPaint(true);
    renderer.setDrawOutlines(true);
    return renderer;
  }

  private static Shape triangle(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, r * 0.8);
    p.lineTo(-r, r * 0.8);
    p.closePath();
    return p;
  }
}
