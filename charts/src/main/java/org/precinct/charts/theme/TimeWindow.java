package org.precinct.charts.theme;

import java.util.Objects;

/**
 * A shaded stretch of a dated axis: a reviewer surge (more capacity) or an outage (less).
 *
 * @param label the text shown in the shaded area
 * @param from the start, in days relative to election day
 * @param to the end, in days relative to election day
 * @param surge true for added capacity, false for an outage
 */
public record TimeWindow(String label, double from, double to, boolean surge) {

  /** Validates the window. */
  public TimeWindow {
    Objects.requireNonNull(label, "label");
    if (!(to > from)) {
      throw new IllegalArgumentException(
          "window '" + label + "' must end after it starts, was " + from + " to " + to);
    }
  }
}
