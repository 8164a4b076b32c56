package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.precinct.charts.theme.TimeMark;

final class HarmOverTimeChartTest {

  private final HarmOverTimeChart.Options options = HarmOverTimeChart.Options.all();

  @Test
  void dailyValuesSitAtTheMiddleOfTheirDayRelativeToElectionDay() {
    HarmOverTimeChart.Data data = HarmOverTimeChart.dataset(SampleResults.tiny(), options);
    assertThat(data.daily().x()).containsExactly(-2.5, -1.5, -0.5, 0.5, 1.5);
    assertThat(data.daily().median()).containsExactly(1, 2, 3, 10, 4);
    assertThat(data.daily().p10()).containsExactly(0.5, 1, 1.5, 5, 2);
    assertThat(data.daily().p90()).containsExactly(1.5, 3, 4.5, 15, 6);
  }

  @Test
  void cumulativeValuesSitAtTheEndOfTheirDay() {
    HarmOverTimeChart.Data data = HarmOverTimeChart.dataset(SampleResults.tiny(), options);
    assertThat(data.cumulative().x()).containsExactly(-2, -1, 0, 1, 2);
    assertThat(data.cumulative().median()).containsExactly(1, 3, 6, 16, 20);
  }

  @Test
  void electionDayMilestonesAndInjectsAreMarked() {
    HarmOverTimeChart.Data data = HarmOverTimeChart.dataset(SampleResults.tiny(), options);
    assertThat(data.timeline().marks())
        .containsExactly(
            new TimeMark("Election day", 0, TimeMark.Kind.ELECTION_DAY),
            new TimeMark("Early voting", -2, TimeMark.Kind.MILESTONE),
            new TimeMark("Deepfake wave", -0.5, TimeMark.Kind.INJECT));
  }

  @Test
  void aMissingSeriesGivesAnEmptyLine() {
    HarmOverTimeChart.Data data =
        HarmOverTimeChart.dataset(SampleResults.tiny(), new HarmOverTimeChart.Options("api"));
    assertThat(data.daily().size()).isZero();
  }

  @Test
  void theDrawnPanelsAreTheDatasetsLines() {
    HarmOverTimeChart.Data data = HarmOverTimeChart.dataset(SampleResults.tiny(), options);
    JFreeChart chart = HarmOverTimeChart.create(data, options);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    assertDrawn(plot.getSubplots().get(0).getDataset(), data.daily());
    assertDrawn(((XYPlot) plot.getSubplots().get(1)).getDataset(), data.cumulative());
    assertDrawn(((XYPlot) plot.getSubplots().get(2)).getDataset(), data.exposure());
  }

  @Test
  void exposureWeightedHarmIsAThirdPanelAtDayMiddles() {
    HarmOverTimeChart.Data data = HarmOverTimeChart.dataset(SampleResults.tiny(), options);
    assertThat(data.exposure().x()).containsExactly(-2.5, -1.5, -0.5, 0.5, 1.5);
    assertThat(data.exposure().median()).containsExactly(2, 5, 8, 30, 12);
    HarmOverTimeChart.Data api =
        HarmOverTimeChart.dataset(SampleResults.tiny(), new HarmOverTimeChart.Options("api"));
    CombinedDomainXYPlot plot =
        (CombinedDomainXYPlot) HarmOverTimeChart.create(api, options).getPlot();
    assertThat(api.exposure().size()).isZero();
    assertThat(plot.getSubplots()).hasSize(2);
  }

  static void assertDrawn(XYDataset drawn, BandLine line) {
    assertThat(drawn.getItemCount(0)).isEqualTo(line.size());
    for (int i = 0; i < line.size(); i++) {
      assertThat(drawn.getXValue(0, i)).isEqualTo(line.x()[i]);
      assertThat(drawn.getYValue(0, i)).isEqualTo(line.median()[i]);
    }
  }

  @Test
  void aBlankGroupIsRejected() {
    assertThatThrownBy(() -> new HarmOverTimeChart.Options(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
