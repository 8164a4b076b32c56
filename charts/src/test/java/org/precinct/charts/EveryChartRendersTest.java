package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.charts.experiment.ExperimentChartSamples;
import org.precinct.charts.output.RenderSize;
import org.precinct.charts.theme.BriefingTheme;

final class EveryChartRendersTest {

  /** Every run chart of the realistic result plus every experiment chart, with an axis label. */
  static Stream<Object[]> charts() {
    List<Object[]> charts = new ArrayList<>();
    String[] axisLabels = {
      "Share of accounts detected",
      "Share of accounts enforced against",
      "Share of campaigns disrupted",
      "Date (America/New_York)",
      "Date (America/New_York)",
      "Date (America/New_York)",
      "Share of harmful requests",
      "Share of harmful requests"
    };
    List<NamedChart> run = ChartSet.of(RealisticResult.create());
    for (int i = 0; i < run.size(); i++) {
      charts.add(new Object[] {run.get(i).name(), run.get(i).chart(), axisLabels[i]});
    }
    for (NamedChart chart : ExperimentChartSamples.all()) {
      charts.add(
          new Object[] {
            chart.name(), chart.chart(), ExperimentChartSamples.axisLabel(chart.name())
          });
    }
    return charts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void svgKeepsTitleAxisLabelSeedAndVersionAsText(String name, JFreeChart chart, String axis)
      throws Exception {
    String text = RenderChecks.squeeze(RenderChecks.svgText(chart));
    assertThat(text)
        .contains(
            BriefingTheme.headlineOf(chart), axis, "seed 20241105", "Precinct 0.1.0", "TLP:AMBER");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void pdfKeepsTitleAxisLabelSeedAndVersionAsSelectableText(
      String name, JFreeChart chart, String axis) throws Exception {
    String text = RenderChecks.pdfText(chart).replaceAll("\\s", "");
    assertThat(text)
        .contains(
            Stream.of(
                    BriefingTheme.headlineOf(chart),
                    axis,
                    "seed 20241105",
                    "Precinct 0.1.0",
                    "TLP:AMBER")
                .map(s -> s.replaceAll("\\s", ""))
                .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void pngIsASlideOfInk(String name, JFreeChart chart, String axis) throws Exception {
    BufferedImage image = RenderChecks.png(chart, RenderSize.SLIDE);
    assertThat(image.getWidth()).isEqualTo(1920);
    assertThat(image.getHeight()).isEqualTo(1080);
    assertThat(RenderChecks.inkedShare(image)).isGreaterThan(0.02);
  }

  @Test
  void theTwiceDensityPngKeepsTheLayoutAtDoubleThePixels() throws Exception {
    JFreeChart chart = ChartSet.of(RealisticResult.create()).get(1).chart();
    BufferedImage image = RenderChecks.png(chart, RenderSize.SLIDE_2X);
    assertThat(image.getWidth()).isEqualTo(3840);
    assertThat(image.getHeight()).isEqualTo(2160);
    assertThat(RenderChecks.inkedShare(image)).isGreaterThan(0.02);
  }
}
