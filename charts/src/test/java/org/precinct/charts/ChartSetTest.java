package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.charts.output.ChartFormat;
import org.precinct.charts.output.RenderSize;

final class ChartSetTest {

  @Test
  void aRunHasItsChartsInReportOrder() {
    assertThat(ChartSet.of(RealisticResult.create()))
        .extracting(NamedChart::name)
        .containsExactly(
            "time-to-detect",
            "time-to-enforce",
            "time-to-disrupt",
            "harm-over-time",
            "review-operations",
            "campaign-timeline",
            "outcomes-by-category",
            "outcomes-by-channel");
  }

  @Test
  void noTwoChartsOfARunShareAHeadline() {
    assertThat(ChartSet.of(RealisticResult.create()))
        .extracting(c -> org.precinct.charts.theme.BriefingTheme.headlineOf(c.chart()))
        .filteredOn(h -> !h.isBlank())
        .doesNotHaveDuplicates();
    assertThat(ChartSet.of(SampleResults.severalElections(3)))
        .extracting(c -> org.precinct.charts.theme.BriefingTheme.headlineOf(c.chart()))
        .filteredOn(h -> !h.isBlank())
        .doesNotHaveDuplicates();
  }

  @Test
  void theDisruptionChartIsLeftOutWhenTheRunHasNoDisruptionCurve() {
    assertThat(ChartSet.of(SampleResults.tiny()))
        .extracting(NamedChart::name)
        .doesNotContain("time-to-disrupt")
        .hasSize(7);
  }

  @Test
  void aRunOfSeveralElectionsAlsoHasItsTimeToEnforceByElection() {
    assertThat(ChartSet.of(SampleResults.severalElections(2)))
        .extracting(NamedChart::name)
        .containsSequence("time-to-enforce", "time-to-enforce-by-election")
        .contains("harm-over-time-e1", "harm-over-time-e2");
    assertThat(ChartSet.of(SampleResults.tiny()))
        .extracting(NamedChart::name)
        .doesNotContain("time-to-enforce-by-election");
  }

  @Test
  void theRendererWritesEveryChartInEveryRequestedFormat(@TempDir Path dir) throws Exception {
    List<Path> files =
        ChartRenderer.renderAll(
            SampleResults.tiny(),
            dir,
            EnumSet.of(ChartFormat.PNG, ChartFormat.PDF),
            RenderSize.SLIDE);
    assertThat(files).hasSize(14);
    assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    assertThat(dir.resolve("harm-over-time.png")).exists();
    assertThat(dir.resolve("harm-over-time.pdf")).exists();
    assertThat(dir.resolve("harm-over-time.svg")).doesNotExist();
  }

  @Test
  void noFormatIsAnError(@TempDir Path dir) {
    assertThatThrownBy(
            () -> ChartRenderer.renderAll(SampleResults.tiny(), dir, Set.of(), RenderSize.SLIDE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chartNamesMustBeKebabCase() {
    assertThatThrownBy(
            () ->
                new NamedChart("Harm Over Time", ChartSet.of(SampleResults.tiny()).get(0).chart()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
