package org.precinct.charts.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class OutputOptionsTest {

  @Test
  void formatsParseCaseInsensitively() {
    assertThat(ChartFormat.parse(" SVG ")).isEqualTo(ChartFormat.SVG);
    assertThat(ChartFormat.PDF.extension()).isEqualTo("pdf");
    assertThatThrownBy(() -> ChartFormat.parse("gif"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("png, svg, pdf");
  }

  @Test
  void theTwiceDensitySlideDoublesThePixelsNotTheLayout() {
    assertThat(RenderSize.SLIDE_2X.pixelWidth()).isEqualTo(3840);
    assertThat(RenderSize.SLIDE_2X.pixelHeight()).isEqualTo(2160);
    assertThat(RenderSize.SLIDE_2X.layoutWidth()).isEqualTo(1920.0);
    assertThat(RenderSize.SLIDE_2X.layoutHeight()).isEqualTo(1080.0);
  }

  @Test
  void otherSizesAreLaidOutAtTheDesignWidthAndScaled() {
    RenderSize small = new RenderSize(960, 720, 1);
    assertThat(small.layoutHeight()).isEqualTo(1440.0);
    assertThat(small.scale()).isEqualTo(0.5);
  }

  @Test
  void unusableSizesAreRejected() {
    assertThatThrownBy(() -> new RenderSize(100, 100, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RenderSize(1920, 1080, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("density");
  }
}
