package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;

/**
 * When does harm get through? Harmful outputs delivered per day (top) and in total so far (bottom),
 * to and past election day, each a median line in its p10-p90 band across replications, with
 * election day, milestones and injects marked on the dated axis.
 */
public final class HarmOverTimeChart {

  /**
   * Options of the chart.
   *
   * @param group the series group: "all", a category id or a channel id
   */
  public record Options(String group) {

    /** Validates the options. */
    public Options {
      Objects.requireNonNull(group, "group");
      if (group.isBlank()) {
        throw new IllegalArgumentException("group must not be blank; use \"all\"");
      }
    }

    /** The options of the chart of election {@code id}'s harm (of a scenario of several). */
    public static Options election(String id) {
      return new Options(GroupKind.ELECTION_PREFIX + id);
    }

    /** The index of the election this chart is of among the run's elections, or -1. */
    int election(RunMetadata metadata) {
      if (!group.startsWith(GroupKind.ELECTION_PREFIX)) {
        return -1;
      }
      return metadata.electionIndex(group.substring(GroupKind.ELECTION_PREFIX.length()));
    }

    /** Returns the options of the chart over all harmful requests. */
    public static Options all() {
      return new Options("all");
    }
  }

  /**
   * What the chart draws.
   *
   * @param daily harmful outputs delivered per day, plotted at each day's middle
   * @param cumulative the running total, plotted at each day's end
   * @param exposure exposure-weighted harm accrued per day (reach x severity x day weight), at each
   *     day's middle; empty for a group other than "all" or a result without it
   * @param timeline the dated axis with election day, milestones and injects
   * @param caption the run caption
   */
  public record Data(
      BandLine daily,
      BandLine cumulative,
      BandLine exposure,
      ChartTimeline timeline,
      Caption caption) {}

  private HarmOverTimeChart() {}

  /** Returns the daily and cumulative bands of harmful outputs delivered. */
  public static Data dataset(ScenarioResult result, Options options) {
    int election = options.election(result.metadata());
    ChartTimeline timeline =
        election < 0
            ? ChartTimeline.of(result.metadata())
            : ChartTimeline.forElection(result.metadata(), election);
    BandSeries daily = result.series(SeriesKind.HARM_DELIVERED, options.group());
    BandSeries total = result.series(SeriesKind.HARM_DELIVERED_CUMULATIVE, options.group());
    BandSeries exposure = result.series(SeriesKind.EXPOSURE_WEIGHTED_HARM, options.group());
    return new Data(
        daily == null ? empty("Per day") : atMidpoints(timeline, daily, "Per day"),
        total == null ? empty("Cumulative") : atEnds(timeline, total, "Cumulative"),
        exposure == null ? empty("Exposure") : atMidpoints(timeline, exposure, "Exposure"),
        timeline,
        Caption.of(result.metadata()));
  }

  static BandLine atMidpoints(ChartTimeline timeline, BandSeries series, String label) {
    double[] x = new double[series.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = timeline.binMid(series.resolution(), i);
    }
    return new BandLine(label, x, series.median(), series.p10(), series.p90());
  }

  static BandLine atEnds(ChartTimeline timeline, BandSeries series, String label) {
    double[] x = new double[series.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = timeline.binEnd(series.resolution(), i);
    }
    return new BandLine(label, x, series.median(), series.p10(), series.p90());
  }

  static BandLine empty(String label) {
    return new BandLine(label, new double[0], new double[0], new double[0], new double[0]);
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data, Options options) {
    ChartTimeline timeline = data.timeline();
    BriefingTheme theme = BriefingTheme.standard();
    CombinedDomainXYPlot plot = TimePanels.stack(theme, timeline);
    XYPlot daily =
        TimePanels.bandPanel(
            theme, data.daily(), "Harmful outputs delivered per day", Palette.VERMILLION, false);
    XYPlot total =
        TimePanels.bandPanel(
            theme,
            data.cumulative(),
            "Harmful outputs delivered so far (cumulative)",
            Palette.BLUE,
            false);
    plot.add(daily, 1);
    plot.add(total, 1);
    List<XYPlot> panels = new ArrayList<>(List.of(daily, total));
    if (data.exposure().size() > 0) {
      XYPlot exposure =
          TimePanels.bandPanel(
              theme,
              data.exposure(),
              "Exposure-weighted harm accrued per day",
              Palette.PURPLE,
              false);
      plot.add(exposure, 1);
      panels.add(exposure);
    }
    TimePanels.decorate(theme, panels, timeline.marks(), List.of());
    int election = options.election(timeline.metadata());
    String subtitle =
        election < 0
            ? "Median across replications with the p10-p90 band; "
                + "dotted lines are injects, dashed lines milestones"
            : "Days relative to its election day; median with the p10-p90 band; "
                + "dashed lines: other elections, milestones";
    String title =
        election < 0
            ? "When does harm get through?"
            : "When does harm get through? "
                + ChartTimeline.shortLabel(timeline.metadata().elections().get(election).label());
    ChartText text = new ChartText(title, subtitle, data.caption());
    return theme.chart(text, plot, false);
  }
}
