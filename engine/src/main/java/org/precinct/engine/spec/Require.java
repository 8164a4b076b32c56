package org.precinct.engine.spec;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the spec records, so each message names the field it rejects. */
final class Require {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private Require() {}

  static String id(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must match [a-z0-9-]+, got '" + value + "'");
    }
    return value;
  }

  static String optionalId(String value, String field) {
    return value == null || value.isEmpty() ? value : id(value, field);
  }

  static String text(String value, String field) {
    return Objects.requireNonNull(value, field);
  }

  static double probability(double value, String field) {
    return range(value, 0.0, 1.0, field);
  }

  static double range(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be in [" + min + ", " + max + "], got " + value);
    }
    return value;
  }

  static double nonNegative(double value, String field) {
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  static double positive(double value, String field) {
    if (!(value > 0.0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and > 0, got " + value);
    }
    return value;
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static int nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static <T> T nonNull(T value, String field) {
    return Objects.requireNonNull(value, field);
  }
}
