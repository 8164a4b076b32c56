package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.Outcome;

final class OutcomeBreakdownChartTest {

  private final OutcomeBreakdownChart.Options byCategory =
      new OutcomeBreakdownChart.Options(OutcomeBreakdownChart.Grouping.CATEGORY, true);

  @Test
  void sharesAreEachOutcomesPartOfItsCategorysHarmfulRequests() {
    OutcomeBreakdownChart.Data data =
        OutcomeBreakdownChart.dataset(SampleResults.tiny(), byCategory);
    assertThat(data.rows())
        .containsExactly("Election misinformation (65)", "Synthetic media requests (24)");
    assertThat(data.outcomes())
        .containsExactly(
            Outcome.REFUSED, Outcome.DELIVERED_AFTER_DETECTION, Outcome.DELIVERED_UNDETECTED);
    assertThat(data.values()[0])
        .containsExactly(new double[] {50 / 65.0, 0, 15 / 65.0}, offset(1e-12));
    assertThat(data.values()[1])
        .containsExactly(new double[] {20 / 24.0, 4 / 24.0, 0}, offset(1e-12));
    assertThat(data.totals()).containsExactly(65, 24);
  }

  @Test
  void countsCanBeShownInsteadOfShares() {
    OutcomeBreakdownChart.Data data =
        OutcomeBreakdownChart.dataset(
            SampleResults.tiny(),
            new OutcomeBreakdownChart.Options(OutcomeBreakdownChart.Grouping.CATEGORY, false));
    assertThat(data.values()[0]).containsExactly(50, 0, 15);
  }

  @Test
  void channelsAreRowsLargestFirst() {
    OutcomeBreakdownChart.Data data =
        OutcomeBreakdownChart.dataset(
            SampleResults.tiny(),
            new OutcomeBreakdownChart.Options(OutcomeBreakdownChart.Grouping.CHANNEL, false));
    assertThat(data.rows()).containsExactly("consumer-app (60)", "api (29)");
    assertThat(data.values()[1]).containsExactly(20, 4, 5);
  }

  @Test
  void theDrawnStacksAreTheDatasetsValues() {
    OutcomeBreakdownChart.Data data =
        OutcomeBreakdownChart.dataset(SampleResults.tiny(), byCategory);
    CategoryPlot plot = (CategoryPlot) OutcomeBreakdownChart.create(data, byCategory).getPlot();
    CategoryDataset drawn = plot.getDataset();
    assertThat(drawn.getRowCount()).isEqualTo(3);
    assertThat(drawn.getColumnCount()).isEqualTo(2);
    for (int o = 0; o < 3; o++) {
      for (int r = 0; r < 2; r++) {
        assertThat(drawn.getValue(o, r).doubleValue()).isEqualTo(data.values()[r][o]);
      }
    }
    assertThat(drawn.getRowKey(0)).isEqualTo("Refused");
  }
}
