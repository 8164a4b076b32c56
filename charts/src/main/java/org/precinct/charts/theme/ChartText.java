package org.precinct.charts.theme;

import java.util.Objects;

/**
 * The words around a chart: a headline that states the question, a subtitle that says how to read
 * the answer, and the caption that says what was run.
 *
 * @param title the headline
 * @param subtitle one line under the headline ("" for none)
 * @param caption the run caption at the foot
 */
public record ChartText(String title, String subtitle, Caption caption) {

  /** Validates the text. */
  public ChartText {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(caption, "caption");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a chart needs a title");
    }
  }
}
