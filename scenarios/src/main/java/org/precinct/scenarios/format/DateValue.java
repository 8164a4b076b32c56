package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar date in ISO 8601 form, "YYYY-MM-DD", such as the election day.
 *
 * @param text the date as written
 * @param date the date
 */
public record DateValue(String text, LocalDate date) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX = "an ISO date 'YYYY-MM-DD' such as '2024-11-05'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** Parses "YYYY-MM-DD". */
  @JsonCreator
  public static DateValue parse(String text) {
    try {
      if (text.matches(PATTERN)) {
        return new DateValue(text, LocalDate.parse(text));
      }
    } catch (DateTimeParseException e) {
      throw new ValueSyntaxException("not a calendar date", SYNTAX);
    }
    throw new ValueSyntaxException("not a date", SYNTAX);
  }

  /** The ISO text of {@code date}. */
  public static DateValue of(LocalDate date) {
    return new DateValue(date.toString(), date);
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}
