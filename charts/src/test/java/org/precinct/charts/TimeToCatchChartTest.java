package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.precinct.charts.theme.Palette;
import org.precinct.engine.result.CurveKind;

final class TimeToCatchChartTest {

  private final TimeToCatchChart.Options enforcement =
      TimeToCatchChart.Options.byCategory(CurveKind.ENFORCEMENT);

  @Test
  void thereIsOneLinePerCategoryInCategoryOrder() {
    TimeToCatchChart.Data data = TimeToCatchChart.dataset(SampleResults.tiny(), enforcement);
    assertThat(data.lines())
        .extracting(TimeToCatchChart.Line::key)
        .containsExactly("election-misinformation", "synthetic-media");
    assertThat(data.lines())
        .extracting(TimeToCatchChart.Line::label)
        .containsExactly("Election misinformation", "Synthetic media requests");
  }

  @Test
  void curvesStartAtTheOriginAndRunFlatToTheAxisEnd() {
    TimeToCatchChart.Data data = TimeToCatchChart.dataset(SampleResults.tiny(), enforcement);
    assertThat(data.endHours()).isEqualTo(72.0);
    TimeToCatchChart.Line misinformation = data.lines().get(0);
    assertThat(misinformation.curve().hours()).containsExactly(0, 2, 10, 30, 72);
    assertThat(misinformation.curve().share()).containsExactly(0, 0.2, 0.5, 0.6, 0.6);
    assertThat(misinformation.neverReached()).isCloseTo(0.4, offset(1e-12));
    assertThat(data.lines().get(1).curve().hours()).containsExactly(0, 5, 48, 72);
  }

  @Test
  void theHoursAxisEndsAQuarterPastTheHourEveryCurveHasSettledInWholeDays() {
    org.precinct.charts.scale.StepCurve slow =
        new org.precinct.charts.scale.StepCurve(
            new double[] {10, 50, 2000},
            new double[] {0.5, 0.9, 0.901},
            new double[3],
            new double[] {1, 1, 1});
    assertThat(TimeToCatchChart.axisEndHours(List.of(slow))).isEqualTo(72.0);
    assertThat(TimeToCatchChart.axisEndHours(List.of())).isEqualTo(24.0);
  }

  @Test
  void categoriesKeepTheirFixedColours() {
    TimeToCatchChart.Data data = TimeToCatchChart.dataset(SampleResults.tiny(), enforcement);
    assertThat(data.colours().colour("election-misinformation")).isEqualTo(Palette.ORANGE);
    assertThat(data.colours().colour("synthetic-media")).isEqualTo(Palette.SKY_BLUE);
  }

  @Test
  void withoutCategoryCurvesTheOverallCurveIsShown() {
    TimeToCatchChart.Data data =
        TimeToCatchChart.dataset(
            SampleResults.tiny(), TimeToCatchChart.Options.byCategory(CurveKind.DETECTION));
    assertThat(data.lines()).extracting(TimeToCatchChart.Line::key).containsExactly("all");
    assertThat(data.colours().colour("all")).isEqualTo(Palette.BLUE);
    assertThat(data.endHours()).isEqualTo(24.0);
  }

  @Test
  void variantsAreColouredInTheOrderTheyAreGiven() {
    TimeToCatchChart.Data data =
        TimeToCatchChart.datasetByVariant(
            SampleResults.variants("baseline", "surge").castToList(), enforcement);
    assertThat(data.lines())
        .extracting(TimeToCatchChart.Line::key)
        .containsExactly("baseline", "surge");
    assertThat(data.colours().colour("baseline")).isEqualTo(Palette.BLUE);
    assertThat(data.colours().colour("surge")).isEqualTo(Palette.ORANGE);
    assertThat(data.lines().get(0).curve().hours()).containsExactly(0, 2, 5, 10, 24);
  }

  @Test
  void theDrawnSeriesAreTheDatasetsCurvesWithTheirBands() {
    TimeToCatchChart.Data data = TimeToCatchChart.dataset(SampleResults.tiny(), enforcement);
    JFreeChart chart = TimeToCatchChart.create(data, enforcement);
    YIntervalSeriesCollection drawn =
        (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    assertThat(drawn.getSeriesCount()).isEqualTo(2);
    for (int s = 0; s < 2; s++) {
      TimeToCatchChart.Line line = data.lines().get(s);
      assertThat(drawn.getSeriesKey(s)).isEqualTo(line.label());
      double[] h = line.curve().hours();
      assertThat(drawn.getItemCount(s)).isEqualTo(h.length);
      for (int i = 0; i < h.length; i++) {
        assertThat(drawn.getXValue(s, i)).isEqualTo(h[i]);
        assertThat(drawn.getYValue(s, i)).isEqualTo(line.curve().share()[i]);
        assertThat(drawn.getStartYValue(s, i)).isEqualTo(line.curve().low()[i]);
        assertThat(drawn.getEndYValue(s, i)).isEqualTo(line.curve().high()[i]);
      }
    }
  }

  @Test
  void theNeverCaughtShareIsWrittenOnThePlateau() throws Exception {
    TimeToCatchChart.Data data = TimeToCatchChart.dataset(SampleResults.tiny(), enforcement);
    String text = RenderChecks.svgText(TimeToCatchChart.create(data, enforcement));
    assertThat(text).contains("40% never", "70% never");
  }

  @Test
  void variantsNeedAtLeastOneResult() {
    assertThatThrownBy(() -> TimeToCatchChart.datasetByVariant(List.of(), enforcement))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNegativeReferenceLineIsRejected() {
    assertThatThrownBy(
            () ->
                new TimeToCatchChart.Options(
                    CurveKind.DETECTION, TimeToCatchChart.Grouping.CATEGORY, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("referenceHours");
  }

  @Test
  void theByElectionChartHasOneSeriesPerElectionInTheScenariosOrder() {
    TimeToCatchChart.Options byElection =
        TimeToCatchChart.Options.byElection(CurveKind.ENFORCEMENT);
    TimeToCatchChart.Data data =
        TimeToCatchChart.dataset(SampleResults.severalElections(5), byElection);
    assertThat(data.lines())
        .extracting(TimeToCatchChart.Line::label)
        .containsExactly(
            "India", "Mexico", "European Parliament election", "United Kingdom", "United States");
    assertThat(data.lines())
        .extracting(l -> data.colours().colour(l.key()))
        .doesNotHaveDuplicates()
        .doesNotContain(Palette.OTHER);
    JFreeChart chart = TimeToCatchChart.create(data, byElection);
    YIntervalSeriesCollection drawn =
        (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    assertThat(drawn.getSeriesCount()).isEqualTo(5);
    assertThat(drawn.getSeriesKey(0)).isEqualTo("India");
    assertThat(chart.getTitle().getText())
        .isEqualTo("How quickly are accounts enforced against, by election?");
  }

  @Test
  void anElectionWithoutACurveIsLeftOutAndTheOthersKeepTheirColours() {
    var result = SampleResults.severalElections(3);
    var without =
        new org.precinct.engine.result.ScenarioResult(
            result.metadata(),
            result.metrics(),
            result.curves().reject(c -> c.group().equals("election:e1")),
            result.dailySeries(),
            result.hourlySeries(),
            result.campaigns(),
            result.outcomes(),
            result.windows());
    TimeToCatchChart.Options byElection =
        TimeToCatchChart.Options.byElection(CurveKind.ENFORCEMENT);
    TimeToCatchChart.Data all = TimeToCatchChart.dataset(result, byElection);
    TimeToCatchChart.Data some = TimeToCatchChart.dataset(without, byElection);
    assertThat(some.lines())
        .extracting(TimeToCatchChart.Line::key)
        .containsExactly("election:e2", "election:e3");
    assertThat(some.colours().colour("election:e2")).isEqualTo(all.colours().colour("election:e2"));
  }
}
