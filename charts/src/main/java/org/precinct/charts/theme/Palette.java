package org.precinct.charts.theme;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe-Ito colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2002), in the
 * order series take it, with black for election day and grey for "other" and for reference marks.
 *
 * <p>Yellow is left out of series use: on white it fails contrast for lines and text.
 */
public final class Palette {

  /** Okabe-Ito blue. */
  public static final Color BLUE = new Color(0x0072B2);

  /** Okabe-Ito orange. */
  public static final Color ORANGE = new Color(0xE69F00);

  /** Okabe-Ito bluish green. */
  public static final Color GREEN = new Color(0x009E73);

  /** Okabe-Ito vermillion. */
  public static final Color VERMILLION = new Color(0xD55E00);

  /** Okabe-Ito reddish purple. */
  public static final Color PURPLE = new Color(0xCC79A7);

  /** Okabe-Ito sky blue. */
  public static final Color SKY_BLUE = new Color(0x56B4E9);

  /** Okabe-Ito black, reserved for election day. */
  public static final Color BLACK = new Color(0x000000);

  /** The colour of everything beyond the palette ("other"). */
  public static final Color OTHER = new Color(0x9A9A9A);

  /** Text and axis ink: near-black reads softer than black on a projector. */
  public static final Color INK = new Color(0x222222);

  /** Secondary text: captions, milestones. */
  public static final Color MUTED = new Color(0x5F5F5F);

  /** Grid lines: present enough to read values, faint enough not to compete with data. */
  public static final Color GRID = new Color(0xE3E3E3);

  /** The series slots, in the order keys take them. */
  public static final List<Color> SERIES =
      List.of(BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE);

  /**
   * Twelve slots for keys that are each labelled where drawn (mixes, interventions): the series
   * slots, then the same hues darkened by a third, so a seventh mix is not grey.
   */
  public static final List<Color> EXTENDED =
      List.of(
          BLUE,
          ORANGE,
          GREEN,
          VERMILLION,
          PURPLE,
          SKY_BLUE,
          darker(BLUE),
          darker(ORANGE),
          darker(GREEN),
          darker(VERMILLION),
          darker(PURPLE),
          darker(SKY_BLUE));

  private Palette() {}

  private static Color darker(Color colour) {
    return new Color(colour.getRed() * 2 / 3, colour.getGreen() * 2 / 3, colour.getBlue() * 2 / 3);
  }

  /** Returns the colour with the given opacity (0..1), for bands and shaded windows. */
  public static Color translucent(Color colour, double opacity) {
    if (opacity < 0 || opacity > 1) {
      throw new IllegalArgumentException("opacity must be in [0, 1], was " + opacity);
    }
    return new Color(
        colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(opacity * 255));
  }
}
