package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ValidBaseTest {

  @Test
  void theBaseOfTheInvalidFixturesIsItselfValid() {
    LoadResult result = ScenarioLoader.load(Path.of("src/test/resources/valid-base.yaml"));
    assertThat(result.problems()).as(result.report()).isEmpty();
  }
}
