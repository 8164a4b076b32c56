package org.precinct.charts.theme;

import java.util.Objects;

/**
 * A labelled moment on a dated axis: election day, a milestone (registration deadline, early
 * voting) or an inject.
 *
 * @param label the text shown beside the line
 * @param x the axis position, in days relative to election day
 * @param kind what the moment is, which decides how it is drawn
 */
public record TimeMark(String label, double x, Kind kind) {

  /** What a marked moment is. */
  public enum Kind {
    /** Election day: a solid black line. */
    ELECTION_DAY,
    /** A timeline milestone: a dashed grey line. */
    MILESTONE,
    /** A scenario inject: a dotted purple line, labelled. */
    INJECT
  }

  /** Validates the mark. */
  public TimeMark {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("mark '" + label + "' needs a finite position, was " + x);
    }
  }
}
