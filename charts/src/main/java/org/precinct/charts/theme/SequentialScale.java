package org.precinct.charts.theme;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A sequential colour ramp for heat maps, light to dark through the Okabe-Ito sky blue and blue, so
 * order reads as lightness and survives colour-blindness and greyscale printing.
 */
public final class SequentialScale implements PaintScale {

  private static final Color[] STOPS = {
    new Color(0xF2F7FB), Palette.SKY_BLUE, Palette.BLUE, new Color(0x0B2E4F)
  };

  private final double lower;
  private final double upper;

  /** Returns a ramp from {@code lower} (lightest) to {@code upper} (darkest). */
  public SequentialScale(double lower, double upper) {
    if (!(upper > lower)) {
      throw new IllegalArgumentException("upper must exceed lower, was " + lower + " to " + upper);
    }
    this.lower = lower;
    this.upper = upper;
  }

  @Override
  public double getLowerBound() {
    return lower;
  }

  @Override
  public double getUpperBound() {
    return upper;
  }

  @Override
  public Paint getPaint(double value) {
    return colour(position(value));
  }

  /** Returns where a value sits along the ramp, clamped to [0, 1]. */
  public double position(double value) {
    if (Double.isNaN(value)) {
      return 0;
    }
    return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
  }

  /** Tells whether text on this value's colour should be white (the colour is dark). */
  public boolean isDark(double value) {
    return position(value) > 0.55;
  }

  static Color colour(double t) {
    double scaled = t * (STOPS.length - 1);
    int i = Math.min((int) Math.floor(scaled), STOPS.length - 2);
    double f = scaled - i;
    Color a = STOPS[i];
    Color b = STOPS[i + 1];
    return new Color(
        mix(a.getRed(), b.getRed(), f),
        mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
