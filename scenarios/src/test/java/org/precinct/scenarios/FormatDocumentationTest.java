package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.precinct.scenarios.build.ParameterPaths;

final class FormatDocumentationTest {

  private static final Path DOC = Path.of("../docs/scenario-format.md");

  @Test
  void everyKeyOfTheFormatIsDocumented() throws IOException {
    String doc = Files.readString(DOC);
    Set<String> keys = new TreeSet<>();
    collectKeys(new ObjectMapper().readTree(ScenarioSchema.json()), keys);
    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(doc).contains(key));
  }

  @Test
  void everyParameterPathIsDocumented() throws IOException {
    String doc = Files.readString(DOC);
    List<String> templates = ParameterPaths.allTemplates();
    assertThat(templates).allSatisfy(template -> assertThat(doc).contains("`" + template + "`"));
  }

  @Test
  void everyBundledScenarioIsListed() throws IOException {
    String doc = Files.readString(DOC);
    assertThat(BundledScenarios.list())
        .allSatisfy(s -> assertThat(doc).contains("`" + s.id() + "`"));
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    node.path("properties").fieldNames().forEachRemaining(keys::add);
    node.forEach(child -> collectKeys(child, keys));
  }
}
