package org.precinct.scenarios.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects every problem of one file instead of stopping at the first, filling in line and column
 * from the file's {@link SourceLocator}.
 */
public final class Problems {

  private final String file;
  private final List<Problem> found = new ArrayList<>();
  private SourceLocator locator;

  /** Starts an empty collection for {@code file}; positions are unknown until {@link #locate}. */
  public Problems(String file) {
    this.file = Objects.requireNonNull(file, "file");
    this.locator = SourceLocator.NONE;
  }

  /** Uses {@code sourceLocator} for the positions of problems reported by path from now on. */
  public void locate(SourceLocator sourceLocator) {
    this.locator = Objects.requireNonNull(sourceLocator, "sourceLocator");
  }

  /** The file name problems are reported against. */
  public String file() {
    return file;
  }

  /** Reports a problem at {@code path}; the value found is read from the file. */
  public void at(String path, String message, String expected) {
    at(path, message, locator.scalarAt(path).map(Problems::quote).orElse(null), expected);
  }

  /** Reports a problem at {@code path} with an explicit description of what was found. */
  public void at(String path, String message, String foundText, String expected) {
    SourcePosition position = locator.positionOf(path);
    add(new Problem(file, position.line(), position.column(), path, message, foundText, expected));
  }

  /** Reports a problem at an explicit position. */
  public void at(
      SourcePosition position, String path, String message, String foundText, String expected) {
    add(new Problem(file, position.line(), position.column(), path, message, foundText, expected));
  }

  /** Adds a finished problem. */
  public void add(Problem problem) {
    found.add(Objects.requireNonNull(problem, "problem"));
  }

  /** Whether nothing has been reported. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** How many problems have been reported so far; lets a check tell whether its part was clean. */
  public int count() {
    return found.size();
  }

  /** The problems in the order they were found. */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** Quotes a scalar for a message, shortening very long values. */
  public static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "'" + shown + "'";
  }
}
