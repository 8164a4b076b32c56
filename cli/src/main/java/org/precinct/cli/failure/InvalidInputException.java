package org.precinct.cli.failure;

import java.util.List;

/**
 * A mistake in what the user asked for, reported as its lines without a stack trace and mapped to
 * exit code 2.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  /** One mistake, one line. */
  public InvalidInputException(String message) {
    this(List.of(message));
  }

  /** Several problems (every problem of a scenario file), one line each. */
  public InvalidInputException(List<String> lines) {
    super(lines.isEmpty() ? "invalid input" : lines.get(0));
    this.lines = List.copyOf(lines);
  }

  /** The lines to print, in order. */
  public List<String> lines() {
    return lines;
  }
}
