package org.precinct.scenarios.build;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.Suggestions;

/**
 * The value checks every part of a scenario shares (fractions, ranges, counts, ids, references),
 * each reporting a problem at a YAML path and returning a usable value so checking can go on.
 */
final class Checks {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final Problems problems;

  Checks(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  int mark() {
    return problems.count();
  }

  boolean cleanSince(int mark) {
    return problems.count() == mark;
  }

  void report(String path, String message, String expected) {
    problems.at(path, message, expected);
  }

  /** Builds a spec record, turning a broken invariant the checks missed into a problem. */
  <T> T build(String path, int mark, Supplier<T> constructor) {
    if (!cleanSince(mark)) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.at(path, "inconsistent values: " + e.getMessage(), null);
      return null;
    }
  }

  double fraction(Double value, String path, double fallback) {
    return range(value, path, 0, 1, fallback, "a fraction from 0 to 1 (write 0.85 for 85%)");
  }

  double range(
      Double value, String path, double min, double max, double fallback, String expected) {
    double actual = value == null ? fallback : value;
    if (!(actual >= min && actual <= max)) {
      problems.at(path, "out of range", expected);
    }
    return actual;
  }

  double positive(Double value, String path, double fallback) {
    double actual = value == null ? fallback : value;
    if (!(actual > 0)) {
      problems.at(path, "must be greater than 0", "a number greater than 0");
    }
    return actual;
  }

  double nonNegative(Double value, String path, double fallback) {
    double actual = value == null ? fallback : value;
    if (!(actual >= 0)) {
      problems.at(path, "must not be negative", "0 or more");
    }
    return actual;
  }

  int count(Integer value, String path, int min, int fallback) {
    int actual = value == null ? fallback : value;
    if (actual < min) {
      problems.at(path, "too small", min + " or more");
    }
    return actual;
  }

  long positiveTicks(DurationValue value, String path) {
    long ticks = value.millis();
    if (ticks <= 0) {
      problems.at(path, "must be longer than zero", "a duration such as '1d'");
    }
    return ticks;
  }

  String id(String value, String path) {
    if (value != null && !ID.matcher(value).matches()) {
      problems.at(path, "not a valid id", "lower-case letters, digits and '-', such as 'tier-1'");
    }
    return value;
  }

  String text(String value) {
    return value == null ? "" : value;
  }

  /** Checks that {@code id} names one of {@code known}; null and empty ids pass. */
  void reference(String id, Collection<String> known, String kind, String path) {
    if (id != null && !id.isEmpty() && !known.contains(id)) {
      problems.at(
          path,
          "no " + kind + " with this id" + Suggestions.didYouMean(id, known),
          known.isEmpty()
              ? "a " + kind + " id (none are declared)"
              : "one of " + String.join(", ", known));
    }
  }

  /** Reports the second and later uses of each id in a list. */
  void unique(String id, Set<String> seen, String kind, String path) {
    if (id != null && !seen.add(id)) {
      problems.at(path, "duplicate " + kind + " id", "an id not used by another " + kind);
    }
  }
}
