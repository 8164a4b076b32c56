package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.precinct.charts.theme.TimeWindow;

final class ReviewOperationsChartTest {

  private final ReviewOperationsChart.Options options = ReviewOperationsChart.Options.all();

  @Test
  void hourlySeriesStartAtTheScenarioStartOneTwentyFourthOfADayApart() {
    ReviewOperationsChart.Data data = ReviewOperationsChart.dataset(SampleResults.tiny(), options);
    assertThat(data.backlog().size()).isEqualTo(120);
    assertThat(data.backlog().x()[0]).isEqualTo(-3.0);
    assertThat(data.backlog().x()[25]).isCloseTo(-3 + 25 / 24.0, offset(1e-12));
    assertThat(data.staffed().median()[7]).isEqualTo(3.0);
  }

  @Test
  void staffingWindowsBecomeShadedSpansOnTheDatedAxis() {
    ReviewOperationsChart.Data data = ReviewOperationsChart.dataset(SampleResults.tiny(), options);
    assertThat(data.windows())
        .containsExactly(
            new TimeWindow("Surge", -1, 0, true), new TimeWindow("Outage", 0.5, 1, false));
  }

  @Test
  void dailyWaitsAndBreachesSitAtDayMiddles() {
    ReviewOperationsChart.Data data = ReviewOperationsChart.dataset(SampleResults.tiny(), options);
    assertThat(data.meanWait().median()).containsExactly(0.5, 1, 2, 4, 1);
    assertThat(data.slaBreaches().x()).containsExactly(-2.5, -1.5, -0.5, 0.5, 1.5);
  }

  @Test
  void rareSlaBreachesAreDrawnAsDailyMeansNotAsTheirAllZeroMedians() {
    ReviewOperationsChart.Data data = ReviewOperationsChart.dataset(SampleResults.tiny(), options);
    assertThat(data.slaBreaches().mean()).containsExactly(0, 0.02, 0.5, 1.5, 0);
  }

  @Test
  void theSummaryIsLeftOutWhenTheResultLacksTheWaitMetrics() {
    assertThat(ReviewOperationsChart.dataset(SampleResults.tiny(), options).summary()).isEmpty();
    assertThat(ReviewOperationsChart.summary(RealisticResult.create()))
        .isEqualTo(
            "Whole run: mean wait 3.2 h, 90th percentile wait 9.5 h, 140 reviews started after the "
                + "SLA (means across replications)");
  }

  @Test
  void theDrawnPanelsAreTheDatasetsSeries() {
    ReviewOperationsChart.Data data = ReviewOperationsChart.dataset(SampleResults.tiny(), options);
    JFreeChart chart = ReviewOperationsChart.create(data, options);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    assertThat(plot.getSubplots()).hasSize(4);
    HarmOverTimeChartTest.assertDrawn(plot.getSubplots().get(0).getDataset(), data.backlog());
    HarmOverTimeChartTest.assertDrawn(plot.getSubplots().get(1).getDataset(), data.staffed());
    HarmOverTimeChartTest.assertDrawn(plot.getSubplots().get(2).getDataset(), data.meanWait());
    XYDataset breaches = ((XYPlot) plot.getSubplots().get(3)).getDataset();
    assertThat(breaches.getItemCount(0)).isEqualTo(data.slaBreaches().size());
    for (int i = 0; i < data.slaBreaches().size(); i++) {
      assertThat(breaches.getYValue(0, i)).isEqualTo(data.slaBreaches().mean()[i]);
    }
  }
}
