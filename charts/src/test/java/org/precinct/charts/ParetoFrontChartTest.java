package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.precinct.charts.experiment.ParetoFrontChart;
import org.precinct.charts.output.RenderSize;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.BriefingTheme;
import org.precinct.charts.theme.Caption;

final class ParetoFrontChartTest {

  private static final Caption CAPTION =
      new Caption("US general election 2024 (illustrative)", "", 10, 7, 0.95, "0.1.0", "TLP:CLEAR");

  /**
   * A front shaped like us-2024-general's: 22 points, the first three almost on top of each other
   * with tall whiskers, 200 other candidates, the chosen one off the front, and a long objective
   * name, which sits above the plot instead of running up the axis into the subtitle.
   */
  static JFreeChart crowded() {
    List<ParetoFrontChart.Point> front = new ArrayList<>();
    double[] costs = {0.3, 0.4, 0.45, 0.6, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.3};
    for (int i = 0; i < 22; i++) {
      double cost = i < costs.length ? costs[i] : 1.3 + 0.2 * (i - costs.length + 1);
      double harm = 4500 - 2500 * (1 - Math.exp(-cost * 1.5)) - i;
      front.add(point(cost, cost, cost, harm, 320));
    }
    List<ParetoFrontChart.Point> others = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double cost = 0.5 + (i % 40) * 0.09;
      others.add(point(cost, cost, cost, 2200 + (i * 37 % 2600), 300));
    }
    ParetoFrontChart.Input input =
        new ParetoFrontChart.Input(
            front,
            others,
            Optional.of(point(4.15, 4.15, 4.15, 2030, 280)),
            Optional.of(point(2.6, 2.6, 2.6, 2960, 480)),
            CAPTION);
    return ParetoFrontChart.create(
        ParetoFrontChart.dataset(input),
        new ParetoFrontChart.Options(
            "The computed front against cost",
            "Stated cost per day of the interventions on (cost units/day)",
            "Weighted harm delivered through election day (weighted points; lower is better)"));
  }

  private static ParetoFrontChart.Point point(
      double x, double xLow, double xHigh, double y, double half) {
    return new ParetoFrontChart.Point(
        new Interval("", x, xLow, xHigh), new Interval("", y, y - half, y + half));
  }

  @Test
  void aCrowdedFrontHasNoTextThatLeavesTheCanvasIsCutOrRunsIntoOtherText() {
    RenderSize size = RenderSize.SLIDE;
    List<TextBoxRecorder.TextBox> boxes =
        TextBoxRecorder.record(crowded(), size.layoutWidth(), size.layoutHeight());
    assertThat(boxes).anyMatch(b -> b.text().equals("F22"));
    assertThat(new TextFit(1).problems(boxes, size.layoutWidth(), size.layoutHeight())).isEmpty();
  }

  @Test
  void theAxesFitTheWhiskersWithAMarginAndLeaveZeroOut() {
    ParetoFrontChart.Data data =
        ParetoFrontChart.dataset(
            new ParetoFrontChart.Input(
                List.of(point(46_000, 45_800, 46_200, 2200, 200)),
                List.of(point(77_000, 76_900, 77_100, 2000, 100)),
                Optional.empty(),
                Optional.empty(),
                CAPTION));
    assertThat(data.xRange()[0]).isGreaterThan(40_000).isLessThan(45_800);
    assertThat(data.xRange()[1]).isGreaterThan(77_100);
    assertThat(data.yRange()[0]).isGreaterThan(1_000).isLessThan(1_900);
    assertThat(BriefingTheme.headlineOf(crowded())).isEqualTo("The computed front against cost");
  }
}
