package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScenarioSchemaTest {

  private static final Path COMMITTED = Path.of("src/main/resources", ScenarioSchema.RESOURCE);

  @Test
  void committedSchemaEqualsTheSchemaGeneratedFromTheFormatRecords() throws IOException {
    String generated = ScenarioSchema.generate();
    if (Boolean.getBoolean("precinct.writeSchema")) {
      Files.writeString(COMMITTED, generated);
    }
    assertThat(ScenarioSchema.json())
        .as(
            "The committed %s is stale. Regenerate it with:%n"
                + "  mvn -B -q -pl scenarios -am test -Dtest=ScenarioSchemaTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dprecinct.writeSchema=true",
            COMMITTED)
        .isEqualTo(generated);
  }

  @Test
  void everyPropertyOfTheSchemaHasADescription() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.generate());
    List<String> undescribed = new ArrayList<>();
    collectUndescribed(schema, "#", undescribed);
    assertThat(undescribed).isEmpty();
  }

  @Test
  void schemaIsDraft07AndForbidsUnknownKeysAtTheTop() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.generate());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void everyAlternativeOfAKeyHasItsOwnTitleAndDescriptionForHover() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.generate());
    List<String> untitled = new ArrayList<>();
    collectUntitledAlternatives(schema, "#", untitled);
    assertThat(untitled).isEmpty();
    JsonNode delay = schema.findValue("recreate-delay");
    assertThat(delay.path("description").asText()).startsWith("Time from a suspension");
    assertThat(delay.at("/anyOf/1/title").asText()).isEqualTo("lognormal distribution");
    // yaml-language-server falls back to the root's title for an untitled key
    assertThat(delay.path("title").asText()).isEqualTo("distribution");
    assertThat(schema.at("/definitions/LogNormal/title").asText())
        .isEqualTo("lognormal distribution");
  }

  @Test
  void everyPatternCarriesAHumanMessageWithExamples() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.generate());
    List<JsonNode> patterned = schema.findParents("pattern");
    assertThat(patterned).isNotEmpty();
    assertThat(patterned)
        .allSatisfy(
            node ->
                assertThat(node.path("patternErrorMessage").asText())
                    .doesNotContain("[0-9]")
                    .containsPattern("'[^']+'"));
  }

  private static void collectUntitledAlternatives(
      JsonNode node, String path, List<String> untitled) {
    JsonNode alternatives = node.path("anyOf");
    for (int i = 0; i < alternatives.size(); i++) {
      JsonNode alternative = alternatives.get(i);
      if (!alternative.hasNonNull("title") || !alternative.hasNonNull("description")) {
        untitled.add(path + "/anyOf/" + i);
      }
    }
    node.fields()
        .forEachRemaining(
            entry ->
                collectUntitledAlternatives(
                    entry.getValue(), path + "/" + entry.getKey(), untitled));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUntitledAlternatives(node.get(i), path + "/" + i, untitled);
      }
    }
  }

  private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
    JsonNode properties = node.path("properties");
    properties
        .fields()
        .forEachRemaining(
            entry -> {
              if (!hasDescription(entry.getValue())) {
                undescribed.add(path + "/properties/" + entry.getKey());
              }
            });
    node.fields()
        .forEachRemaining(
            entry ->
                collectUndescribed(entry.getValue(), path + "/" + entry.getKey(), undescribed));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndescribed(node.get(i), path + "/" + i, undescribed);
      }
    }
  }

  private static boolean hasDescription(JsonNode property) {
    if (property.hasNonNull("description")) {
      return true;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode member : property.path(combinator)) {
        if (hasDescription(member)) {
          return true;
        }
      }
    }
    return false;
  }
}
