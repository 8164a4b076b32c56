package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A distribution parameter: a plain number ({@code 0.85}, {@code 3}) or a duration with its unit
 * ("20m"); which one a place needs is checked where the distribution is used.
 *
 * @param number the plain number, or {@code null} for a duration
 * @param duration the duration, or {@code null} for a plain number
 */
public record Amount(Double number, DurationValue duration) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX = "a number, or a duration such as '20m' where a time is meant";

  /** Validates that exactly one form is present. */
  public Amount {
    if ((number == null) == (duration == null)) {
      throw new IllegalArgumentException("an amount is a number or a duration");
    }
  }

  /** A plain number. */
  public static Amount of(double number) {
    return new Amount(number, null);
  }

  /** A duration given in hours, written in its most readable exact unit. */
  public static Amount ofHours(double hours) {
    return new Amount(null, DurationValue.ofHours(hours));
  }

  /** Parses a duration text; plain numbers arrive as YAML numbers, not text. */
  public static Amount parse(String text) {
    return new Amount(null, DurationValue.parse(text));
  }

  /** Whether the amount carries a duration unit. */
  public boolean isDuration() {
    return duration != null;
  }

  /** The value as YAML writes it: a number, or the duration text. */
  @JsonValue
  public Object yamlValue() {
    return number != null ? BigDecimal.valueOf(number) : duration.text();
  }
}
