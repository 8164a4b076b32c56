package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time written with its unit, such as "45m", "2h", "3d" or "1d 12h"; the unit is part
 * of the value so a duration can never be misread as minutes when hours were meant.
 *
 * @param text the duration as written
 * @param hours the duration in hours
 */
public record DurationValue(String text, double hours) {

  /** The syntax, for messages and the JSON Schema. */
  public static final String SYNTAX =
      "a number with a unit s, m, h, d or w, such as '45m', '2h', '3d' or '1d 12h'";

  /** The pattern of the whole value, for the JSON Schema. */
  public static final String PATTERN = "^\\s*([0-9]+(\\.[0-9]+)?\\s*[smhdw]\\s*)+$";

  private static final Pattern PART =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([smhdw])\\s*");

  private static final double MILLIS_PER_HOUR = 3_600_000d;

  private static final List<String> UNITS = List.of("w", "d", "h", "m", "s");

  /** Parses a duration such as "45m" or "1d 12h". */
  @JsonCreator
  public static DurationValue parse(String text) {
    Matcher part = PART.matcher(text);
    BigDecimal seconds = BigDecimal.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      seconds = seconds.add(new BigDecimal(part.group(1)).multiply(secondsPer(part.group(2))));
      end = part.end();
    }
    if (end == 0 || end != text.length()) {
      throw new ValueSyntaxException(bareNumberHint(text), SYNTAX);
    }
    return new DurationValue(text, toHours(seconds));
  }

  /** The shortest exact text for {@code hours}: whole weeks, days, hours, minutes or seconds. */
  public static DurationValue ofHours(double hours) {
    if (!(hours >= 0) || Double.isInfinite(hours)) {
      throw new IllegalArgumentException("not a duration in hours: " + hours);
    }
    if (hours == 0) {
      return new DurationValue("0h", 0);
    }
    for (String unit : UNITS) {
      BigDecimal amount =
          BigDecimal.valueOf(Math.round(hours * 3600 / secondsPer(unit).doubleValue()));
      if (toHours(amount.multiply(secondsPer(unit))) == hours) {
        return new DurationValue(amount.toPlainString() + unit, hours);
      }
    }
    return new DurationValue(BigDecimal.valueOf(hours).toPlainString() + "h", hours);
  }

  /** The shortest exact text for a whole number of milliseconds. */
  public static DurationValue ofMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("negative duration: " + millis);
    }
    if (millis == 0) {
      return parse("0h");
    }
    for (String unit : UNITS) {
      long perUnit = secondsPer(unit).longValueExact() * 1000;
      if (millis % perUnit == 0) {
        return parse(millis / perUnit + unit);
      }
    }
    return parse(BigDecimal.valueOf(millis, 3).toPlainString() + "s");
  }

  /** The duration in whole milliseconds, rounded to the nearest. */
  public long millis() {
    return Math.round(hours * MILLIS_PER_HOUR);
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }

  private static double toHours(BigDecimal seconds) {
    return seconds.divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128).doubleValue();
  }

  private static BigDecimal secondsPer(String unit) {
    return BigDecimal.valueOf(
        switch (unit) {
          case "s" -> 1;
          case "m" -> 60;
          case "h" -> 3600;
          case "d" -> 86_400;
          case "w" -> 604_800;
          default -> throw new IllegalArgumentException("unit " + unit);
        });
  }

  private static String bareNumberHint(String text) {
    if (text.strip().matches("[0-9.]+")) {
      return "a duration needs a unit";
    }
    return "not a duration";
  }
}
