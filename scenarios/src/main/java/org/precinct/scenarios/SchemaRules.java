package org.precinct.scenarios;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import org.precinct.engine.spec.TlpLevel;
import org.precinct.scenarios.format.Amount;
import org.precinct.scenarios.format.ChangeYaml;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.format.ValueType;
import org.precinct.scenarios.format.YamlNames;

/**
 * How the format records become JSON Schema: kebab-case keys in declaration order, no unknown keys,
 * enums as their YAML words, unit values as patterned strings, one kind per change.
 */
final class SchemaRules {

  private SchemaRules() {}

  static SchemaGeneratorConfig configuration(ObjectMapper mapper) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
    config
        .forFields()
        .withPropertyNameOverrideResolver(
            field -> key(field.getAnnotation(JsonProperty.class), field.getName()));
    config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
    config
        .forTypesInGeneral()
        .withTypeAttributeOverride(
            (node, scope, context) -> {
              if (scope.getType().getErasedType() == ChangeYaml.class) {
                node.put("minProperties", 1).put("maxProperties", 1);
              }
            });
    config.forTypesInGeneral().withCustomDefinitionProvider(SchemaRules::scalarDefinition);
    return config.build();
  }

  private static String key(JsonProperty property, String javaName) {
    return property != null && !property.value().isEmpty()
        ? property.value()
        : YamlNames.key(javaName);
  }

  /** Gives the synthetic {@code type:} key of each distribution a description, as every key has. */
  static void describeTypeKeys(JsonNode node) {
    if (node.isObject()) {
      JsonNode type = node.path("properties").path("type");
      if (type.has("const") && !type.has("description")) {
        ((ObjectNode) type)
            .put("description", "Distribution type: " + type.get("const").asText() + ".");
      }
    }
    node.forEach(SchemaRules::describeTypeKeys);
  }

  /**
   * Gives every alternative of an {@code anyOf} a title and a description, and the {@code anyOf}
   * itself the key's description: editors (yaml-language-server) show the alternatives' titles
   * joined by "||" on hover, falling back to the schema's own title when one has none.
   */
  static void titleAlternatives(ObjectNode root) {
    titleAlternatives(root, root.path("definitions"));
  }

  private static void titleAlternatives(JsonNode node, JsonNode definitions) {
    if (node.isObject() && node.path("anyOf").isArray()) {
      ObjectNode owner = (ObjectNode) node;
      for (JsonNode alternative : node.path("anyOf")) {
        describeAlternative((ObjectNode) alternative, definitions);
        if (!owner.has("description") && alternative.path("allOf").size() > 1) {
          owner.set("description", alternative.path("allOf").get(1).path("description"));
        }
      }
      if (!owner.has("title")) {
        boolean distribution = node.path("anyOf").path(0).has("allOf");
        owner.put("title", distribution ? "distribution" : "number or duration");
      }
    }
    if (node.isObject() && node.path("properties").path("type").has("const")) {
      ObjectNode definition = (ObjectNode) node;
      if (!definition.has("title")) {
        definition.put(
            "title", node.path("properties").path("type").path("const").asText() + " distribution");
      }
    }
    node.forEach(child -> titleAlternatives(child, definitions));
  }

  private static void describeAlternative(ObjectNode alternative, JsonNode definitions) {
    if (alternative.has("title")) {
      return;
    }
    String ref = alternative.path("allOf").path(0).path("$ref").asText("");
    if (ref.startsWith("#/definitions/")) {
      JsonNode definition = definitions.path(ref.substring("#/definitions/".length()));
      String type = definition.path("properties").path("type").path("const").asText(ref);
      alternative.put("title", type + " distribution");
      alternative.put("description", definition.path("description").asText(type));
    } else if ("number".equals(alternative.path("type").asText())) {
      alternative.put("title", "number");
      alternative.put("description", "A plain number, where no time is meant.");
    } else if (alternative.has("pattern")) {
      alternative.put("title", "duration");
      alternative.put("description", "A duration: " + DurationValue.SYNTAX + ".");
    }
  }

  /** Restricts the marking to the TLP 2.0 labels, as the loader does. */
  static void restrictMarking(ObjectNode root) {
    ArrayNode labels = ((ObjectNode) root.path("properties").path("marking")).putArray("enum");
    TlpLevel.labels().forEach(labels::add);
  }

  private static CustomDefinition scalarDefinition(
      ResolvedType type, SchemaGenerationContext context) {
    Class<?> erased = type.getErasedType();
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (erased.isEnum()) {
      ArrayNode words = node.put("type", "string").putArray("enum");
      YamlNames.values(erased).forEach(words::add);
    } else if (erased == Amount.class) {
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("type", "number");
      anyOf
          .addObject()
          .put("type", "string")
          .put("pattern", DurationValue.PATTERN)
          .put("patternErrorMessage", "Not a duration: write " + DurationValue.SYNTAX + ".");
      node.put("errorMessage", "Write " + Amount.SYNTAX + ", e.g. 45m, 2h, 3d or 1d 12h.");
    } else if (ValueType.of(erased).isPresent()) {
      ValueType value = ValueType.of(erased).get();
      node.put("type", "string")
          .put("pattern", value.pattern())
          .put("patternErrorMessage", "Write " + value.syntax() + ".");
    } else {
      return null;
    }
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
  }
}
