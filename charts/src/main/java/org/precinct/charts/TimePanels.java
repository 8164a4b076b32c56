package org.precinct.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.DeviationStepRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.LabelledPlot;
import org.precinct.charts.theme.Palette;
import org.precinct.charts.theme.TimeAxes;
import org.precinct.charts.theme.TimeMark;
import org.precinct.charts.theme.TimeWindow;

/**
 * Builds the stacked panels of the dated charts: one shared date axis with E-n ticks, each panel a
 * median line in a p10-p90 band, marks on every panel and their labels above the top one's data.
 */
final class TimePanels {

  private static final double HEADING_ROOM = 44;

  private TimePanels() {}

  /** Returns an empty stack of panels over the timeline's dated axis. */
  static CombinedDomainXYPlot stack(BriefingTheme theme, ChartTimeline timeline) {
    NumberAxis axis = TimeAxes.dayAxis(theme, timeline.scale(), timeline.from(), timeline.to());
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(axis);
    plot.setGap(36);
    theme.stylePlot(plot);
    return plot;
  }

  /** Returns a panel drawing a band line in the given colour, stepped or smooth. */
  static XYPlot bandPanel(
      BriefingTheme theme, BandLine line, String heading, Color colour, boolean stepped) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(line.toSeries());
    DeviationRenderer renderer = stepped ? new DeviationStepRenderer() : new DeviationRenderer();
    renderer.setDefaultShapesVisible(false);
    renderer.setAlpha(0.2f);
    renderer.setSeriesPaint(0, colour);
    renderer.setSeriesFillPaint(0, colour);
    renderer.setSeriesStroke(0, theme.lineStroke());
    renderer.setLegendLine(theme.legendLine());
    return panel(theme, dataset, renderer, heading);
  }

  /** A panel of several lines with bands, one colour each, in the order given. */
  static XYPlot bandsPanel(
      BriefingTheme theme, List<BandLine> lines, String heading, List<Color> colours) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer();
    renderer.setDefaultShapesVisible(false);
    renderer.setAlpha(0.2f);
    for (int i = 0; i < lines.size(); i++) {
      dataset.addSeries(lines.get(i).toSeries());
      renderer.setSeriesPaint(i, colours.get(i));
      renderer.setSeriesFillPaint(i, colours.get(i));
      renderer.setSeriesStroke(i, theme.lineStroke());
    }
    renderer.setLegendLine(theme.legendLine());
    return panel(theme, dataset, renderer, heading);
  }

  /** Returns a styled panel over any dataset and renderer. */
  static XYPlot panel(
      BriefingTheme theme, XYDataset dataset, XYItemRenderer renderer, String heading) {
    NumberAxis value = theme.valueAxis(null);
    value.setUpperMargin(0.08);
    LabelledPlot plot = new LabelledPlot(dataset, null, value, renderer);
    TextTitle title = new TextTitle(heading, theme.labelFont());
    title.setPaint(Palette.INK);
    title.setBackgroundPaint(Palette.translucent(Color.WHITE, 0.85));
    title.setPadding(new RectangleInsets(2, 10, 2, 10));
    plot.addAnnotation(new XYTitleAnnotation(0, 1, title, RectangleAnchor.TOP_LEFT));
    theme.stylePlot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(theme.gridStroke());
    return plot;
  }

  /**
   * Adds the marks and shaded windows to every panel, and their labels to the first, in a band
   * below its heading and above its data.
   */
  static void decorate(
      BriefingTheme theme, List<XYPlot> panels, List<TimeMark> marks, List<TimeWindow> windows) {
    for (XYPlot panel : panels) {
      TimeAxes.shade(panel, theme, windows);
      TimeAxes.mark(panel, theme, marks);
    }
    if (!panels.isEmpty() && panels.get(0) instanceof LabelledPlot first) {
      TimeAxes.label(first, theme, marks, windows, HEADING_ROOM);
    }
  }
}
