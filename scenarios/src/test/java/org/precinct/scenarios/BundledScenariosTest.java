package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.PolicyCategory;

final class BundledScenariosTest {

  static Stream<String> ids() {
    return BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyBundledScenarioLoadsWithoutProblems(String id) {
    LoadResult result = BundledScenarios.find(id).orElseThrow().load();
    assertThat(result.problems()).as(result.report()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyObjectiveNamesAMetricTheEngineMeasures(String id) {
    List<String> metrics = Arrays.stream(Metric.values()).map(Metric::id).toList();
    assertThat(BundledScenarios.load(id).exercise().objectives())
        .allSatisfy(objective -> assertThat(metrics).contains(objective.metric()));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyBundledFileStartsWithTheSchemaModeline(String id) {
    assertThat(BundledScenarios.text(id))
        .startsWith("# yaml-language-server: $schema=../precinct-scenario.schema.json\n");
  }

  @Test
  void theIndexListsEveryFileOfTheLibraryFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", BundledScenarios.FOLDER))) {
      List<String> yaml =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
      assertThat(BundledScenarios.list())
          .extracting(BundledScenarios.BundledScenario::fileName)
          .containsExactlyInAnyOrderElementsOf(yaml);
    }
  }

  @Test
  void theLibraryHasTheDefaultAndAtLeastFiveVariantsOneWithThreeDecisionPoints() {
    assertThat(BundledScenarios.list())
        .hasSizeGreaterThanOrEqualTo(6)
        .first()
        .extracting(BundledScenarios.BundledScenario::id)
        .isEqualTo(BundledScenarios.DEFAULT_ID);
    assertThat(BundledScenarios.list())
        .anySatisfy(
            s -> {
              var spec = s.load().orThrow();
              assertThat(spec.decisionPoints()).hasSizeGreaterThanOrEqualTo(3);
              assertThat(spec.exercise().modules()).isNotEmpty();
              assertThat(spec.exercise().objectives()).isNotEmpty();
            });
  }

  @Test
  void theDefaultScenarioHasAtLeastEightInterventionsAndEveryPolicyCategory() {
    var spec = BundledScenarios.load(BundledScenarios.DEFAULT_ID);
    assertThat(spec.interventions()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(spec.campaigns().collect(c -> c.category()).toSet())
        .containsExactlyInAnyOrder(PolicyCategory.values());
    assertThat(spec.channels().count(c -> c.partner() != null)).isEqualTo(2);
  }

  @Test
  void theStarterLoadsAndCarriesItsNameAndModeline() {
    String starter = StarterScenario.text("my-exercise");
    assertThat(starter)
        .startsWith("# yaml-language-server: $schema=precinct-scenario.schema.json\n");
    LoadResult result =
        ScenarioLoader.load(
            "my-exercise.yaml", starter.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(result.problems()).as(result.report()).isEmpty();
    assertThat(result.orThrow().metadata().id()).isEqualTo("my-exercise");
  }

  @Test
  void aYaml11ReaderReadsNoValueOfTheStarterAsADate() {
    // SnakeYAML resolves scalars by the YAML 1.1 rules, where an unquoted 2024-11-05 is a timestamp
    Object tree = new org.yaml.snakeyaml.Yaml().load(StarterScenario.text("my-exercise"));
    List<Object> dates = new java.util.ArrayList<>();
    collectDates(tree, dates);
    assertThat(dates).isEmpty();
  }

  private static void collectDates(Object node, List<Object> dates) {
    if (node instanceof java.util.Date) {
      dates.add(node);
    } else if (node instanceof java.util.Map<?, ?> map) {
      map.values().forEach(value -> collectDates(value, dates));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collectDates(value, dates));
    }
  }
}
