package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.engine.spec.ScenarioSpec;

final class RoundTripTest {

  static Stream<String> ids() {
    return BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void writingAndLoadingAgainGivesAnEqualSpec(String id) {
    ScenarioSpec original = BundledScenarios.load(id);
    String written = ScenarioWriter.toYaml(original);
    LoadResult reloaded =
        ScenarioLoader.load(id + "-written.yaml", written.getBytes(StandardCharsets.UTF_8));
    assertThat(reloaded.problems()).as(reloaded.report() + "\n" + written).isEmpty();
    assertThat(reloaded.orThrow()).isEqualTo(original);
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("/tmp/written-" + id + ".yaml"), written);
    } catch (Exception e) {
    }
  }
}
