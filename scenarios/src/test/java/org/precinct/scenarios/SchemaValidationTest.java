package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class SchemaValidationTest {

  /** Reads YAML as editors (YAML 1.2) do: "yes" and "on" are text, not booleans. */
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();

  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(ScenarioSchema.json(), InputFormat.JSON);
  }

  static Stream<String> bundled() {
    return BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id);
  }

  static Stream<Path> shapeFixtures() throws IOException {
    return InvalidFixture.all().stream()
        .filter(InvalidFixture::isShapeError)
        .map(InvalidFixture::path);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void schemaAcceptsEveryBundledScenario(String id) throws IOException {
    assertThat(errors(BundledScenarios.text(id))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void schemaAcceptsWhatTheWriterWrites(String id) throws IOException {
    assertThat(errors(ScenarioWriter.toYaml(BundledScenarios.load(id)))).isEmpty();
  }

  @Test
  void schemaAcceptsTheStarterScenario() throws IOException {
    assertThat(errors(StarterScenario.text("my-scenario"))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("shapeFixtures")
  void schemaRejectsEveryShapeErrorFixture(Path fixture) throws IOException {
    assertThat(errors(Files.readString(fixture))).as(fixture.toString()).isNotEmpty();
  }

  private static List<Error> errors(String yaml) throws IOException {
    JsonNode document = YAML.readTree(yaml);
    return schema.validate(document);
  }
}
