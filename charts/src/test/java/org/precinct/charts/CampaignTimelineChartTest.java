package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

final class CampaignTimelineChartTest {

  private final CampaignTimelineChart.Options options = CampaignTimelineChart.Options.standard();

  @Test
  void rowsAreCampaignsInStartOrderPlacedOnTheDatedAxis() {
    CampaignTimelineChart.Data data = CampaignTimelineChart.dataset(SampleResults.tiny(), options);
    CampaignTimelineChart.Row first = data.rows().get(0);
    assertThat(first.label()).isEqualTo("Wave A  \u00b7  80% disrupted");
    assertThat(first.start()).isEqualTo(-3.0);
    assertThat(first.end()).isEqualTo(0.0);
    assertThat(first.events()).containsExactly(-2.75, -1.75, 0.0);
    assertThat(data.rows().get(1).start()).isEqualTo(-2.0);
  }

  @Test
  void eventsThatMostRunsNeverReachedAreLeftOut() {
    CampaignTimelineChart.Data data = CampaignTimelineChart.dataset(SampleResults.tiny(), options);
    assertThat(data.rows().get(1).events()).containsOnly(Double.NaN);
  }

  @Test
  void theDrawnBarsAndMarksAreTheDatasetsRows() {
    CampaignTimelineChart.Data data = CampaignTimelineChart.dataset(SampleResults.tiny(), options);
    JFreeChart chart = CampaignTimelineChart.create(data, options);
    XYPlot plot = (XYPlot) chart.getPlot();
    XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(0);
    assertThat(bars.getSeriesCount()).isEqualTo(2);
    assertThat(bars.getStartXValue(0, 0)).isEqualTo(-3.0);
    assertThat(bars.getEndXValue(0, 0)).isEqualTo(0.0);
    XYDataset marks = plot.getDataset(1);
    assertThat(marks.getItemCount(0)).isEqualTo(1);
    assertThat(marks.getXValue(0, 0)).isEqualTo(-2.75);
    assertThat(marks.getYValue(0, 0))
        .as("detection in the upper half of row 0")
        .isBetween(-0.3, -0.05);
    assertThat(plot.getDataset(1).getItemCount(1)).isEqualTo(1);
    assertThat(marks.getYValue(1, 0)).as("enforcement in the lower half").isBetween(0.05, 0.3);
  }

  @Test
  void tooManyCampaignsForASlideAreRejected() {
    assertThatThrownBy(() -> new CampaignTimelineChart.Options(41))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
