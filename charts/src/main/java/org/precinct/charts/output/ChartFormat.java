package org.precinct.charts.output;

import java.util.Locale;

/** The file formats a chart is written in: a slide-ready bitmap and two vector formats. */
public enum ChartFormat {
  /** Portable Network Graphics, for slides and the HTML report. */
  PNG,
  /** Scalable Vector Graphics with text kept as text, for the web and editing. */
  SVG,
  /** Portable Document Format with embedded, selectable fonts, for print and decks. */
  PDF;

  /** Returns the file extension without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a format name case-insensitively ("png", "SVG"). */
  public static ChartFormat parse(String name) {
    for (ChartFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown chart format '" + name + "'; valid: png, svg, pdf");
  }
}
