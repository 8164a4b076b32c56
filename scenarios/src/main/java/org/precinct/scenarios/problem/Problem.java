package org.precinct.scenarios.problem;

import java.util.Objects;

/**
 * One mistake in a scenario file, with everything a planner needs to fix it: where it is (file,
 * line, column and YAML path such as {@code campaigns[2].accounts.initial}), what is wrong, the
 * value found and what would be valid.
 *
 * @param file the file name as the user knows it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param path the YAML path, empty for the document itself
 * @param message what is wrong, in the planner's words
 * @param found the value found, or {@code null} when nothing was found
 * @param expected what would be valid, or {@code null} when the message says it all
 */
public record Problem(
    String file, int line, int column, String path, String message, String found, String expected) {

  /** Validates the mandatory parts. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Renders {@code file:line:col: path: message (found X; expected Y)}, leaving out what is
   * unknown.
   */
  public String render() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(message);
    if (found != null || expected != null) {
      text.append(" (");
      if (found != null) {
        text.append("found ").append(found);
      }
      if (found != null && expected != null) {
        text.append("; ");
      }
      if (expected != null) {
        text.append("expected ").append(expected);
      }
      text.append(')');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
