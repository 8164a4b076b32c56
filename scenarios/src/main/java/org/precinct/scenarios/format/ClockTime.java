package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A time of day on the 24-hour clock, "HH:MM", used for shift boundaries.
 *
 * @param text the time as written
 * @param time the time of day
 */
public record ClockTime(String text, LocalTime time) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX = "a 24-hour time 'HH:MM' such as '08:00' or '22:30'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

  /** Parses "HH:MM". */
  @JsonCreator
  public static ClockTime parse(String text) {
    if (!text.matches(PATTERN)) {
      throw new ValueSyntaxException("not a time of day", SYNTAX);
    }
    return new ClockTime(text, LocalTime.parse(text, FORMAT));
  }

  /** The text for {@code time}, which must fall on a whole minute. */
  public static ClockTime of(LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("shift times are whole minutes: " + time);
    }
    return new ClockTime(time.format(FORMAT), time);
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}
