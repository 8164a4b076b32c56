package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count per unit of time written with its unit, such as "60/day" or "5/h", so a rate can never be
 * misread as per hour when per day was meant.
 *
 * @param text the rate as written
 * @param perDay the rate per day
 */
public record RateValue(String text, double perDay) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX = "a number per unit: '60/day', '5/h', '2/min' or '100/week'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN =
      "^\\s*[0-9]+(\\.[0-9]+)?\\s*/\\s*(min|h|hour|d|day|w|week)\\s*$";

  private static final Pattern RATE = Pattern.compile(PATTERN);

  /** Parses a rate such as "60/day". */
  @JsonCreator
  public static RateValue parse(String text) {
    Matcher matcher = RATE.matcher(text);
    if (!matcher.matches()) {
      String message = text.strip().matches("[0-9.]+") ? "a rate needs a unit" : "not a rate";
      throw new ValueSyntaxException(message, SYNTAX);
    }
    BigDecimal amount = new BigDecimal(text.substring(0, text.indexOf('/')).strip());
    BigDecimal perDay =
        switch (matcher.group(2)) {
          case "min" -> amount.multiply(BigDecimal.valueOf(1440));
          case "h", "hour" -> amount.multiply(BigDecimal.valueOf(24));
          case "d", "day" -> amount;
          default -> amount.divide(BigDecimal.valueOf(7), MathContext.DECIMAL128);
        };
    return new RateValue(text, perDay.doubleValue());
  }

  /** A rate per day written so that it reads back to exactly {@code perDay}. */
  public static RateValue ofPerDay(double perDay) {
    if (!(perDay >= 0) || Double.isInfinite(perDay)) {
      throw new IllegalArgumentException("not a rate per day: " + perDay);
    }
    return new RateValue(
        BigDecimal.valueOf(perDay).stripTrailingZeros().toPlainString() + "/day", perDay);
  }

  /** The rate per hour. */
  public double perHour() {
    return perDay / 24;
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}
