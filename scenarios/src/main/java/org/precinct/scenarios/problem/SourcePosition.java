package org.precinct.scenarios.problem;

/** A 1-based line and column in a scenario file; {@link #UNKNOWN} when a problem has no place. */
public record SourcePosition(int line, int column) {

  /** The position of problems that concern the whole file, such as its size. */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

  /** Validates that line and column are both known or both unknown. */
  public SourcePosition {
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException("bad position " + line + ":" + column);
    }
  }

  /** Whether the position points into the file. */
  public boolean isKnown() {
    return line > 0;
  }
}
