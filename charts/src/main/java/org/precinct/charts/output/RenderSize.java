package org.precinct.charts.output;

import org.precinct.charts.theme.BriefingTheme;

/**
 * The size a chart is drawn at: a width and height in pixels (points for PDF, at half scale) and a
 * density that multiplies the pixels of a PNG without changing its layout (2 for high-DPI screens).
 * Every size is laid out on the theme's 1920-pixel-wide design canvas and scaled, so type keeps the
 * same proportion to the chart at any size.
 *
 * @param width width in pixels at density 1
 * @param height height in pixels at density 1
 * @param density pixel multiplier for PNG output, 1 to 4
 */
public record RenderSize(int width, int height, double density) {

  /** A 16:9 slide at 1920x1080. */
  public static final RenderSize SLIDE = new RenderSize(1920, 1080, 1);

  /** A 16:9 slide at twice the density: 3840x2160 pixels, same layout. */
  public static final RenderSize SLIDE_2X = new RenderSize(1920, 1080, 2);

  /** Validates the size. */
  public RenderSize {
    if (width < 320 || height < 180 || width > 8000 || height > 8000) {
      throw new IllegalArgumentException(
          "chart size must be between 320x180 and 8000x8000, was " + width + "x" + height);
    }
    if (!(density >= 1 && density <= 4)) {
      throw new IllegalArgumentException("density must be between 1 and 4, was " + density);
    }
  }

  /** Returns the width of the PNG in pixels. */
  public int pixelWidth() {
    return (int) Math.round(width * density);
  }

  /** Returns the height of the PNG in pixels. */
  public int pixelHeight() {
    return (int) Math.round(height * density);
  }

  /** Returns the width of the canvas the chart is laid out on. */
  public double layoutWidth() {
    return BriefingTheme.DESIGN_WIDTH;
  }

  /** Returns the height of the layout canvas: the design width at this size's aspect ratio. */
  public double layoutHeight() {
    return BriefingTheme.DESIGN_WIDTH * (double) height / width;
  }

  /** Returns the factor from layout canvas to output pixels at density 1. */
  public double scale() {
    return width / layoutWidth();
  }
}
