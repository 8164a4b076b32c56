package org.precinct.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.precinct.scenarios.format.ScenarioYaml;

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
    ObjectNode schema =
        new SchemaGenerator(SchemaRules.configuration(mapper)).generateSchema(ScenarioYaml.class);
    schema.put("title", "Precinct scenario");
    schema.put(
        "description", "A Precinct scenario file, format version 1. See docs/scenario-format.md.");
    SchemaRules.describeTypeKeys(schema);
    SchemaRules.titleAlternatives(schema);
    SchemaRules.restrictMarking(schema);
    try {
      return mapper.writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
