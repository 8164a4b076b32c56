package org.precinct.scenarios.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.precinct.scenarios.format.Amount;
import org.precinct.scenarios.format.ValueSyntaxException;
import org.precinct.scenarios.format.ValueType;
import org.precinct.scenarios.format.YamlNames;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.Suggestions;

/**
 * Reads scalars into typed values strictly: decimal numbers only (no NaN, infinity or hex), true or
 * false only, enum words in kebab-case, and value types in their own syntax.
 */
final class ScalarReader {

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[-+]?(\\.?(nan|inf|infinity))", Pattern.CASE_INSENSITIVE);

  private static final int MAX_NUMBER_LENGTH = 40;

  private final Problems problems;

  ScalarReader(Problems problems) {
    this.problems = problems;
  }

  /** Whether values of {@code type} are written as one scalar, even if the type is a record. */
  static boolean isScalar(Class<?> type) {
    return type == Amount.class || ValueType.of(type).isPresent();
  }

  /** Reads {@code scalar} as {@code type}, or reports why it cannot and returns empty. */
  Optional<Object> read(YamlNode.Scalar scalar, Class<?> type, String path) {
    if (type == String.class) {
      return Optional.of(scalar.text());
    }
    if (type == Double.class || type == Integer.class || type == Long.class) {
      return number(scalar, path).flatMap(n -> narrow(n, type, scalar, path));
    }
    if (type == Boolean.class) {
      return bool(scalar, path);
    }
    if (type.isEnum()) {
      return enumConstant(scalar, type, path);
    }
    if (type == Amount.class) {
      return amount(scalar, path);
    }
    Optional<ValueType> valueType = ValueType.of(type);
    if (valueType.isPresent()) {
      return parse(scalar, valueType.get(), path);
    }
    throw new IllegalStateException("no reader for " + type);
  }

  private Optional<BigDecimal> number(YamlNode.Scalar scalar, String path) {
    String text = scalar.text().strip();
    if (text.length() > MAX_NUMBER_LENGTH) {
      problems.at(
          scalar.position(),
          path,
          "the number has too many digits",
          scalar.describe(),
          "at most " + MAX_NUMBER_LENGTH + " characters");
      return Optional.empty();
    }
    if (NOT_FINITE.matcher(text).matches()) {
      problems.at(
          scalar.position(),
          path,
          "NaN and infinity are not allowed",
          scalar.describe(),
          "a finite number");
      return Optional.empty();
    }
    if (scalar.kind() != YamlNode.ScalarKind.NUMBER || !DECIMAL.matcher(text).matches()) {
      problems.at(
          scalar.position(),
          path,
          "not a number" + numberHint(text),
          scalar.describe(),
          "a number such as 0.85 or 12");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  private static String numberHint(String text) {
    if (text.endsWith("%")) {
      return "; shares are fractions, so write 0.85 for 85%";
    }
    if (text.matches("[-+]?[0-9.]+")) {
      return "; remove the quotes";
    }
    return "";
  }

  private Optional<Object> narrow(
      BigDecimal number, Class<?> type, YamlNode.Scalar scalar, String path) {
    if (type == Double.class) {
      return Optional.of(number.doubleValue());
    }
    try {
      long whole = number.longValueExact();
      if (type == Long.class) {
        return Optional.of(whole);
      }
      return Optional.of(Math.toIntExact(whole));
    } catch (ArithmeticException e) {
      problems.at(
          scalar.position(),
          path,
          "not a whole number in range",
          scalar.describe(),
          "a whole number such as 12");
      return Optional.empty();
    }
  }

  private Optional<Object> bool(YamlNode.Scalar scalar, String path) {
    String text = scalar.text().toLowerCase(Locale.ROOT);
    if (scalar.kind() == YamlNode.ScalarKind.BOOLEAN
        && (text.equals("true") || text.equals("false"))) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    problems.at(scalar.position(), path, "not true or false", scalar.describe(), "true or false");
    return Optional.empty();
  }

  private Optional<Object> enumConstant(YamlNode.Scalar scalar, Class<?> type, String path) {
    List<String> words = YamlNames.values(type);
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equalsIgnoreCase(scalar.text())) {
        return Optional.of(type.getEnumConstants()[i]);
      }
    }
    problems.at(
        scalar.position(),
        path,
        "unknown value" + Suggestions.didYouMean(scalar.text(), words),
        scalar.describe(),
        "one of " + String.join(", ", words));
    return Optional.empty();
  }

  private Optional<Object> amount(YamlNode.Scalar scalar, String path) {
    if (scalar.kind() == YamlNode.ScalarKind.NUMBER
        || NOT_FINITE.matcher(scalar.text()).matches()) {
      return number(scalar, path).map(n -> Amount.of(n.doubleValue()));
    }
    try {
      return Optional.of(Amount.parse(scalar.text()));
    } catch (ValueSyntaxException e) {
      problems.at(
          scalar.position(),
          path,
          "not a number or a duration" + numberHint(scalar.text()),
          scalar.describe(),
          Amount.SYNTAX);
      return Optional.empty();
    }
  }

  private Optional<Object> parse(YamlNode.Scalar scalar, ValueType valueType, String path) {
    try {
      return Optional.of(valueType.parser().apply(scalar.text()));
    } catch (ValueSyntaxException e) {
      problems.at(scalar.position(), path, e.getMessage(), scalar.describe(), e.expected());
      return Optional.empty();
    }
  }
}
