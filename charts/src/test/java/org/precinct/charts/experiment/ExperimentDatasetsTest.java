package org.precinct.charts.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Palette;

final class ExperimentDatasetsTest {

  @Test
  void theRankingPutsTheLargestEstimateFirstButColoursByDeclaredOrder() {
    InterventionRankingChart.Data data =
        InterventionRankingChart.dataset(SampleExperiments.ranking());
    assertThat(data.ranked())
        .extracting(Interval::label)
        .containsExactly(
            "Classifier retrain after red team",
            "Network takedown playbook",
            "Election-week reviewer surge",
            "Voting-info redirect",
            "Partner referral fast lane");
    assertThat(data.colours().colour("Election-week reviewer surge")).isEqualTo(Palette.BLUE);
    assertThat(data.colours().colour("Classifier retrain after red team"))
        .isEqualTo(Palette.ORANGE);
  }

  @Test
  void theDrawnRankingBarsAreTheRankedEstimates() {
    InterventionRankingChart.Data data =
        InterventionRankingChart.dataset(SampleExperiments.ranking());
    CategoryDataset drawn =
        ((CategoryPlot)
                InterventionRankingChart.create(
                        data, InterventionRankingChart.Options.harmAverted())
                    .getPlot())
            .getDataset();
    for (int i = 0; i < data.ranked().size(); i++) {
      assertThat(drawn.getColumnKey(i)).isEqualTo(data.ranked().get(i).label());
      assertThat(drawn.getValue(0, i).doubleValue()).isEqualTo(data.ranked().get(i).estimate());
    }
  }

  @Test
  void theTornadoPutsTheWidestSwingOnTopAndKeepsAtMostTheRequestedBars() {
    TornadoChart.Data data =
        TornadoChart.dataset(SampleExperiments.tornado(), new TornadoChart.Options("Harm", 3));
    assertThat(data.swings())
        .extracting(TornadoChart.Swing::label)
        .containsExactly(
            "Harmful share of requests 0.2-0.5",
            "Classifier recall 0.6-0.9",
            "Review handle time 8-20 min");
  }

  @Test
  void tornadoBarsRunFromTheBaselineToEachEndsOutput() {
    TornadoChart.Options options = new TornadoChart.Options("Harm", 10);
    TornadoChart.Data data = TornadoChart.dataset(SampleExperiments.tornado(), options);
    IntervalCategoryDataset drawn =
        (IntervalCategoryDataset)
            ((CategoryPlot) TornadoChart.create(data, options).getPlot()).getDataset();
    assertThat(drawn.getStartValue(0, 0).doubleValue()).isEqualTo(350.0);
    assertThat(drawn.getEndValue(0, 0).doubleValue()).isEqualTo(480.0);
    assertThat(drawn.getStartValue(1, 0).doubleValue()).isEqualTo(480.0);
    assertThat(drawn.getEndValue(1, 0).doubleValue()).isEqualTo(690.0);
  }

  @Test
  void theHeatMapHasOneCellPerGridPointRowByRow() {
    HeatMapChart.Input input =
        new HeatMapChart.Input(
            "x",
            new double[] {1, 2},
            "y",
            new double[] {10, 20, 30},
            new double[][] {{1, 2}, {3, 4}, {5, 6}},
            "v",
            SampleExperiments.CAPTION);
    HeatMapChart.Data data = HeatMapChart.dataset(input);
    assertThat(data.x()).containsExactly(0, 1, 0, 1, 0, 1);
    assertThat(data.y()).containsExactly(0, 0, 1, 1, 2, 2);
    assertThat(data.z()).containsExactly(1, 2, 3, 4, 5, 6);
    XYZDataset drawn =
        (XYZDataset)
            ((XYPlot) HeatMapChart.create(data, new HeatMapChart.Options("t", 0)).getPlot())
                .getDataset();
    assertThat(drawn.getZValue(0, 3)).isEqualTo(4.0);
  }

  @Test
  void aRaggedGridIsRejected() {
    assertThatThrownBy(
            () ->
                new HeatMapChart.Input(
                    "x",
                    new double[] {1, 2},
                    "y",
                    new double[] {1},
                    new double[][] {{1}},
                    "v",
                    SampleExperiments.CAPTION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cellAxisLabelsDropTrailingZeros() {
    assertThat(HeatMapChart.format(0.9)).isEqualTo("0.9");
    assertThat(HeatMapChart.format(1200)).isEqualTo("1,200");
  }

  @Test
  void theFrontierHoldsTheUnbeatenMixesCheapestFirst() {
    FrontierChart.Data data = FrontierChart.dataset(SampleExperiments.frontier());
    assertThat(data.frontier())
        .extracting(p -> p.harm().label())
        .containsExactly(
            "Baseline",
            "Redirect only",
            "Surge",
            "Retrain",
            "Surge + takedowns",
            "Retrain + surge",
            "Everything");
    FrontierChart.Data dominated =
        FrontierChart.dataset(
            new FrontierChart.Input(
                List.of(
                    new FrontierChart.Point(0, new Interval("a", 10, 9, 11)),
                    new FrontierChart.Point(5, new Interval("b", 12, 11, 13)),
                    new FrontierChart.Point(8, new Interval("c", 6, 5, 7))),
                SampleExperiments.CAPTION));
    assertThat(dominated.frontier()).extracting(p -> p.harm().label()).containsExactly("a", "c");
  }
}
