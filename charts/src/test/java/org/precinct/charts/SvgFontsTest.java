package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.precinct.charts.output.RenderSize;
import org.precinct.charts.output.SvgChartWriter;

final class SvgFontsTest {

  private static String svg() throws IOException {
    NamedChart named = ChartSet.of(RealisticResult.create()).get(0);
    JFreeChart chart = named.chart();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SvgChartWriter.write(chart, RenderSize.SLIDE, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyFontDeclarationEndsInAGenericFallback() throws IOException {
    String svg = svg();
    assertThat(svg).contains("font-family:" + SvgChartWriter.FONT_FALLBACK);
    assertThat(svg).doesNotContain("font-family:'DejaVu Sans';");
    assertThat(SvgChartWriter.FONT_FALLBACK).endsWith("sans-serif");
  }

  @Test
  void textDrawnInTheBoldFaceIsMarkedBold() throws IOException {
    assertThat(svg()).contains("font-weight:bold");
  }
}
