package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one rule that turns Java names into YAML words: kebab-case keys ({@code harmfulShare} is
 * {@code harmful-share}) unless {@code @JsonProperty} names the key, and kebab-case enum values.
 */
public final class YamlNames {

  private static final PropertyNamingStrategies.KebabCaseStrategy KEBAB =
      new PropertyNamingStrategies.KebabCaseStrategy();

  private YamlNames() {}

  /** The YAML key of a record component. */
  public static String key(RecordComponent component) {
    JsonProperty property = property(component);
    if (property != null && !property.value().isEmpty()) {
      return property.value();
    }
    return key(component.getName());
  }

  /** The YAML key of a Java property name without an explicit {@code @JsonProperty} name. */
  public static String key(String javaName) {
    return KEBAB.translate(javaName);
  }

  /** Whether the component is marked {@code @JsonProperty(required = true)}. */
  public static boolean isRequired(RecordComponent component) {
    JsonProperty property = property(component);
    return property != null && property.required();
  }

  /** The YAML word of an enum constant: {@code FIRST_PARTY_API} is {@code first-party-api}. */
  public static String value(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The YAML words of every constant of an enum, in declaration order. */
  public static List<String> values(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> value((Enum<?>) c)).toList();
  }

  private static JsonProperty property(RecordComponent component) {
    try {
      return component
          .getDeclaringRecord()
          .getDeclaredField(component.getName())
          .getAnnotation(JsonProperty.class);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("record without its component field: " + component, e);
    }
  }
}
