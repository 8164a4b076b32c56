package org.precinct.scenarios.read;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.scenarios.format.YamlNames;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.Suggestions;

/**
 * Binds a YAML tree to the format records, reporting every unknown key (with a "did you mean"),
 * missing required key and ill-typed value with its line, column and path, and building a record
 * only when everything beneath it was valid.
 */
public final class TreeBinder {

  /** Each record's components by YAML key, in declaration order; computed once per class. */
  private static final ClassValue<Map<String, RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
          Map<String, RecordComponent> components = new LinkedHashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            components.put(YamlNames.key(component), component);
          }
          return Collections.unmodifiableMap(components);
        }
      };

  private final Problems problems;
  private final ScalarReader scalars;

  /** A binder that reports to {@code problems}. */
  public TreeBinder(Problems problems) {
    this.problems = problems;
    this.scalars = new ScalarReader(problems);
  }

  /** The document bound to {@code type}, or empty when any problem was reported. */
  public <T> Optional<T> bind(YamlNode.Mapping root, Class<T> type) {
    int before = problems.count();
    Object value = value(root, type, "");
    return problems.count() == before && value != null
        ? Optional.of(type.cast(value))
        : Optional.empty();
  }

  private Object value(YamlNode node, Type type, String path) {
    if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.NULL) {
      return null;
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return list(node, list.getActualTypeArguments()[0], path);
    }
    Class<?> target = (Class<?>) type;
    if (target.isRecord() && !ScalarReader.isScalar(target)) {
      return mapping(node, path).map(m -> record(m, target, path, "")).orElse(null);
    }
    if (target.isInterface() && target.isAnnotationPresent(JsonTypeInfo.class)) {
      return mapping(node, path).map(m -> polymorphic(m, target, path)).orElse(null);
    }
    if (node instanceof YamlNode.Scalar scalar) {
      return scalars.read(scalar, target, path).orElse(null);
    }
    problems.at(
        node.position(),
        path,
        "expected a single value",
        node.describe(),
        "a value such as a number or text");
    return null;
  }

  private Optional<YamlNode.Mapping> mapping(YamlNode node, String path) {
    if (node instanceof YamlNode.Mapping mapping) {
      return Optional.of(mapping);
    }
    problems.at(
        node.position(), path, "expected a mapping of keys", node.describe(), "'key: value' lines");
    return Optional.empty();
  }

  private List<Object> list(YamlNode node, Type itemType, String path) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      problems.at(
          node.position(),
          path,
          "expected a list",
          node.describe(),
          "a list of '- ' items or [a, b]");
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      String itemPath = YamlPaths.index(path, i);
      Object item = value(sequence.items().get(i), itemType, itemPath);
      if (item == null && isNull(sequence.items().get(i))) {
        problems.at(
            sequence.items().get(i).position(), itemPath, "empty list item", null, "a value");
      }
      items.add(item);
    }
    return items.contains(null) ? null : List.copyOf(items);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.NULL;
  }

  private Object polymorphic(YamlNode.Mapping mapping, Class<?> type, String path) {
    String property = type.getAnnotation(JsonTypeInfo.class).property();
    Map<String, Class<?>> subtypes = new LinkedHashMap<>();
    for (JsonSubTypes.Type subtype : type.getAnnotation(JsonSubTypes.class).value()) {
      subtypes.put(subtype.name(), subtype.value());
    }
    String expected = "one of " + String.join(", ", subtypes.keySet());
    YamlNode chosen = mapping.entries().get(property);
    if (chosen == null || isNull(chosen)) {
      problems.at(
          mapping.position(),
          YamlPaths.key(path, property),
          "missing key '" + property + "'",
          null,
          expected);
      return null;
    }
    String name = chosen instanceof YamlNode.Scalar scalar ? scalar.text() : "";
    Class<?> subtype = subtypes.get(name);
    if (subtype == null) {
      problems.at(
          chosen.position(),
          YamlPaths.key(path, property),
          "unknown " + property + Suggestions.didYouMean(name, subtypes.keySet()),
          chosen.describe(),
          expected);
      return null;
    }
    return record(mapping, subtype, path, property);
  }

  private Object record(
      YamlNode.Mapping mapping, Class<?> type, String path, String discriminator) {
    int before = problems.count();
    Map<String, RecordComponent> components = COMPONENTS.get(type);
    reportUnknownKeys(mapping, components, path, discriminator);
    Object[] arguments = new Object[components.size()];
    int i = 0;
    for (Map.Entry<String, RecordComponent> entry : components.entrySet()) {
      arguments[i++] = component(mapping, entry.getKey(), entry.getValue(), path);
    }
    return problems.count() == before ? construct(type, arguments, mapping, path) : null;
  }

  private Object component(
      YamlNode.Mapping mapping, String key, RecordComponent component, String path) {
    YamlNode node = mapping.entries().get(key);
    String childPath = YamlPaths.key(path, key);
    Object value = node == null ? null : value(node, component.getGenericType(), childPath);
    if (value == null && (node == null || isNull(node)) && YamlNames.isRequired(component)) {
      problems.at(
          node == null ? mapping.position() : node.position(),
          childPath,
          "missing required key '" + key + "'",
          null,
          "a value for '" + key + "'");
    }
    return value;
  }

  private void reportUnknownKeys(
      YamlNode.Mapping mapping,
      Map<String, RecordComponent> components,
      String path,
      String discriminator) {
    List<String> valid = new ArrayList<>(components.keySet());
    for (String key : mapping.entries().keySet()) {
      if (!components.containsKey(key) && !key.equals(discriminator)) {
        problems.at(
            mapping.keys().get(key),
            YamlPaths.key(path, key),
            "unknown key '" + key + "'" + Suggestions.didYouMean(key, valid),
            null,
            "one of " + String.join(", ", valid));
      }
    }
  }

  private Object construct(
      Class<?> type, Object[] arguments, YamlNode.Mapping mapping, String path) {
    Class<?>[] parameterTypes =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
    } catch (InvocationTargetException e) {
      problems.at(mapping.position(), path, String.valueOf(e.getCause().getMessage()), null, null);
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }
}
