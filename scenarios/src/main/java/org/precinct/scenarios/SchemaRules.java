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
      anyOf.addObject().put("type", "string").put("pattern", DurationValue.PATTERN);
    } else if (ValueType.of(erased).isPresent()) {
      node.put("type", "string").put("pattern", ValueType.of(erased).get().pattern());
    } else {
      return null;
    }
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
  }
}
