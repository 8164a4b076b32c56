package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
}
