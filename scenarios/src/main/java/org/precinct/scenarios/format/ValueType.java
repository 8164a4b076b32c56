package org.precinct.scenarios.format;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scalar written as text with its own syntax (a duration, a rate, a moment), with the parser, the
 * wording used in messages and the pattern used by the JSON Schema, kept together in one place.
 *
 * @param type the Java type of the parsed value
 * @param parser turns text into the value, throwing {@link ValueSyntaxException}
 * @param syntax what valid text looks like, for messages and schema descriptions
 * @param pattern the regular expression of valid text, for the JSON Schema
 */
public record ValueType(Class<?> type, Function<String, ?> parser, String syntax, String pattern) {

  /** Every value type of the format. */
  public static final List<ValueType> ALL =
      List.of(
          new ValueType(
              DurationValue.class,
              DurationValue::parse,
              DurationValue.SYNTAX,
              DurationValue.PATTERN),
          new ValueType(RateValue.class, RateValue::parse, RateValue.SYNTAX, RateValue.PATTERN),
          new ValueType(ClockTime.class, ClockTime::parse, ClockTime.SYNTAX, ClockTime.PATTERN),
          new ValueType(DateValue.class, DateValue::parse, DateValue.SYNTAX, DateValue.PATTERN),
          new ValueType(TimePoint.class, TimePoint::parse, TimePoint.SYNTAX, TimePoint.PATTERN),
          new ValueType(
              WarmUpValue.class, WarmUpValue::parse, WarmUpValue.SYNTAX, WarmUpValue.PATTERN));

  /** The value type for {@code type}, if it is one. */
  public static Optional<ValueType> of(Class<?> type) {
    return ALL.stream().filter(v -> v.type() == type).findFirst();
  }
}
