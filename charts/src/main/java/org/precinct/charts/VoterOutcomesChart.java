package org.precinct.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;
import org.precinct.charts.theme.ChartText;
import org.precinct.charts.theme.Palette;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesKind;

/**
 * Are voters well served? Voters given inaccurate voting information per day (top) and legitimate
 * election questions refused per day (bottom), each a median line in its p10-p90 band across
 * replications, with election day, milestones and injects marked: the voter side of the seed's
 * defenses, beside harm.
 */
public final class VoterOutcomesChart {

  /**
   * What the chart draws.
   *
   * @param misinformed voters given an inaccurate answer per day
   * @param refused legitimate questions refused per day
   */
  public record Data(
      BandLine misinformed, BandLine refused, ChartTimeline timeline, Caption caption) {}

  private VoterOutcomesChart() {}

  /** Whether a result has voter-side series to draw. */
  public static boolean applies(ScenarioResult result) {
    return result.series(SeriesKind.VOTERS_MISINFORMED, "all") != null;
  }

  /** Returns the daily bands of both voter outcomes, over all channels. */
  public static Data dataset(ScenarioResult result) {
    ChartTimeline timeline = ChartTimeline.of(result.metadata());
    BandSeries misinformed = result.series(SeriesKind.VOTERS_MISINFORMED, "all");
    BandSeries refused = result.series(SeriesKind.QUESTIONS_REFUSED, "all");
    return new Data(
        misinformed == null
            ? HarmOverTimeChart.empty("Misinformed")
            : HarmOverTimeChart.atMidpoints(timeline, misinformed, "Misinformed"),
        refused == null
            ? HarmOverTimeChart.empty("Refused")
            : HarmOverTimeChart.atMidpoints(timeline, refused, "Refused"),
        timeline,
        Caption.of(result.metadata()));
  }

  /** Draws the chart. */
  public static JFreeChart create(Data data) {
    BriefingTheme theme = BriefingTheme.standard();
    CombinedDomainXYPlot plot = TimePanels.stack(theme, data.timeline());
    XYPlot misinformed =
        TimePanels.bandPanel(
            theme,
            data.misinformed(),
            "Voters given inaccurate voting information per day",
            Palette.VERMILLION,
            false);
    XYPlot refused =
        TimePanels.bandPanel(
            theme,
            data.refused(),
            "Legitimate election questions refused per day",
            Palette.BLUE,
            false);
    plot.add(misinformed, 1);
    plot.add(refused, 1);
    TimePanels.decorate(theme, List.of(misinformed, refused), data.timeline().marks(), List.of());
    String subtitle =
        "Median across replications with the p10-p90 band; "
            + "dotted lines are injects, dashed lines milestones";
    ChartText text = new ChartText("Are voters well served?", subtitle, data.caption());
    return theme.chart(text, plot, false);
  }
}
