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
 * @param exactPerDay the rate per day, exact to 34 digits so per-hour and per-day readings of the
 *     same text agree
 */
public record RateValue(String text, BigDecimal exactPerDay) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX = "a number per unit: '60/day', '5/h', '2/min' or '100/week'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN =
      "^\\s*[0-9]+(\\.[0-9]+)?\\s*/\\s*(min|h|hour|d|day|w|week)\\s*$";

  private static final Pattern RATE = Pattern.compile(PATTERN);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

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
          case "h", "hour" -> amount.multiply(HOURS_PER_DAY);
          case "d", "day" -> amount;
          default -> amount.divide(BigDecimal.valueOf(7), MathContext.DECIMAL128);
        };
    return new RateValue(text, perDay);
  }

  /** A rate written per day so that it reads back to exactly {@code perDay}. */
  public static RateValue ofPerDay(double perDay) {
    return parse(plain(perDay) + "/day");
  }

  /** A rate written per hour so that it reads back to exactly {@code perHour}. */
  public static RateValue ofPerHour(double perHour) {
    return parse(plain(perHour) + "/h");
  }

  private static String plain(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a rate: " + value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The rate per day. */
  public double perDay() {
    return exactPerDay.doubleValue();
  }

  /** The rate per hour. */
  public double perHour() {
    return exactPerDay.divide(HOURS_PER_DAY, MathContext.DECIMAL128).doubleValue();
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }
}
