package org.precinct.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.precinct.scenarios.format.Amount;
import org.precinct.scenarios.format.ChangeYaml;
import org.precinct.scenarios.format.DurationValue;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.format.ValueType;
import org.precinct.scenarios.format.YamlNames;

/**
 * The JSON Schema (Draft-07) of the scenario format, generated from the format records so it can
 * never drift from what the loader accepts; editors use it for completion and hover help.
 */
public final class ScenarioSchema {

  /** Where the committed schema lives on the classpath and in the source tree. */
  public static final String RESOURCE = "org/precinct/scenarios/precinct-scenario.schema.json";

  private ScenarioSchema() {}

  /** The shipped schema text, as committed in the jar. */
  public static String json() {
    try (InputStream in = ScenarioSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates the schema afresh from the format records; the shipped copy must equal this. */
  public static String generate() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
    config
        .forFields()
        .withPropertyNameOverrideResolver(
            field -> {
              JsonProperty property = field.getAnnotation(JsonProperty.class);
              return property != null && !property.value().isEmpty()
                  ? property.value()
                  : YamlNames.key(field.getName());
            });
    config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
    config
        .forTypesInGeneral()
        .withTypeAttributeOverride(
            (node, scope, context) -> {
              if (scope.getType().getErasedType() == ChangeYaml.class) {
                node.put("minProperties", 1).put("maxProperties", 1);
              }
            });
    config.forTypesInGeneral().withCustomDefinitionProvider(ScenarioSchema::scalarDefinition);
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(ScenarioYaml.class);
    schema.put("title", "Precinct scenario");
    schema.put(
        "description", "A Precinct scenario file, format version 1. See docs/scenario-format.md.");
    describeTypeKeys(schema);
    try {
      return mapper.writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives the synthetic {@code type:} key of each distribution a description, as every key has. */
  private static void describeTypeKeys(JsonNode node) {
    if (node.isObject()) {
      JsonNode type = node.path("properties").path("type");
      if (type.has("const") && !type.has("description")) {
        ((ObjectNode) type)
            .put("description", "Distribution type: " + type.get("const").asText() + ".");
      }
    }
    node.forEach(ScenarioSchema::describeTypeKeys);
  }

  private static CustomDefinition scalarDefinition(
      com.fasterxml.classmate.ResolvedType type,
      com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
    Class<?> erased = type.getErasedType();
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (erased.isEnum()) {
      node.put("type", "string");
      YamlNames.values(erased).forEach(node.putArray("enum")::add);
      return new CustomDefinition(
          node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    }
    if (erased == Amount.class) {
      node.putArray("anyOf").addObject().put("type", "number");
      ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("anyOf"))
          .addObject()
          .put("type", "string")
          .put("pattern", DurationValue.PATTERN);
      return new CustomDefinition(
          node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    }
    return ValueType.of(erased)
        .map(
            v -> {
              node.put("type", "string").put("pattern", v.pattern());
              return new CustomDefinition(
                  node,
                  CustomDefinition.DefinitionType.INLINE,
                  CustomDefinition.AttributeInclusion.NO);
            })
        .orElse(null);
  }
}
