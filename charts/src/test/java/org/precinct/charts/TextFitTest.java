package org.precinct.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.charts.output.RenderSize;

final class TextFitTest {

  static Stream<Object[]> charts() {
    return AllCharts.samples().stream().map(c -> new Object[] {c.name(), c.chart()});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void noTextLeavesTheCanvasIsCutOrRunsIntoOtherText(String name, JFreeChart chart) {
    RenderSize size = RenderSize.SLIDE;
    List<TextBoxRecorder.TextBox> boxes =
        TextBoxRecorder.record(chart, size.layoutWidth(), size.layoutHeight());
    assertThat(boxes).hasSizeGreaterThan(5);
    assertThat(new TextFit(1).problems(boxes, size.layoutWidth(), size.layoutHeight())).isEmpty();
  }

  @Test
  void overlappingAndClippedTextIsFound() {
    TextBoxRecorder.TextBox a =
        new TextBoxRecorder.TextBox(
            "a", new java.awt.geom.Rectangle2D.Double(10, 10, 50, 20), null);
    TextBoxRecorder.TextBox b =
        new TextBoxRecorder.TextBox(
            "b",
            new java.awt.geom.Rectangle2D.Double(40, 15, 50, 20),
            new java.awt.geom.Rectangle2D.Double(0, 0, 80, 80));
    TextBoxRecorder.TextBox c =
        new TextBoxRecorder.TextBox(
            "c", new java.awt.geom.Rectangle2D.Double(190, 5, 20, 10), null);
    assertThat(new TextFit(1).problems(List.of(a, b, c), 200, 100))
        .hasSize(3)
        .anyMatch(p -> p.startsWith("overlaps: 'a'"))
        .anyMatch(p -> p.startsWith("cut by its clip"))
        .anyMatch(p -> p.startsWith("leaves the canvas: 'c'"));
  }
}
