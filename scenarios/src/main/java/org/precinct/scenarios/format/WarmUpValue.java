package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The end of the warm-up: a length of whole days from the start ("7d", "2w") or, after the word
 * "until", the day it ends ("until E-30d", "until 2024-10-01"); the statistics count from there.
 *
 * @param text the value as written
 * @param duration the length from the start, or null when a moment is written
 * @param until the moment it ends, or null when a duration is written
 */
public record WarmUpValue(String text, DurationValue duration, TimePoint until) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX =
      "a whole number of days from the start such as '7d' or '2w', or 'until' a day such as"
          + " 'until E-30d' or 'until 2024-10-01'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN =
      "^(\\s*([0-9]+(\\.[0-9]+)?\\s*[smhdw]\\s*)+|until [0-9E].*)$";

  private static final String UNTIL = "until ";

  /** Parses "7d" or "until E-30d". */
  @JsonCreator
  public static WarmUpValue parse(String text) {
    try {
      if (text.startsWith(UNTIL)) {
        return new WarmUpValue(text, null, TimePoint.parse(text.substring(UNTIL.length()).trim()));
      }
      return new WarmUpValue(text, DurationValue.parse(text), null);
    } catch (ValueSyntaxException e) {
      throw new ValueSyntaxException("not a warm-up", SYNTAX);
    }
  }

  /** The instant the warm-up ends, for a timeline starting at {@code start}. */
  public ZonedDateTime end(ZonedDateTime start, LocalDate electionDay, ZoneId zone) {
    if (until != null) {
      return until.resolve(electionDay, zone);
    }
    return start.plusNanos(Math.round(duration.hours() * 3_600_000d) * 1_000_000L);
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
