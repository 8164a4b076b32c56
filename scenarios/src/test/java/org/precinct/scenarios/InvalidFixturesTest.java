package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precinct.scenarios.problem.Problem;

final class InvalidFixturesTest {

  static List<InvalidFixture> fixtures() throws IOException {
    return InvalidFixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachInvalidFixtureIsReportedAtItsFileLinePathAndMessage(InvalidFixture fixture) {
    LoadResult result = ScenarioLoader.load(fixture.path());
    assertThat(result.isLoaded()).as("%s should not load", fixture).isFalse();
    assertThat(result.problems())
        .as(
            "%s (%s) should report %s:%d:%d: %s: ...%s...%nbut reported:%n%s",
            fixture,
            fixture.rule(),
            fixture.path(),
            fixture.line(),
            fixture.column(),
            fixture.problemPath(),
            fixture.message(),
            result.report())
        .anySatisfy(problem -> assertMatches(problem, fixture));
  }

  @Test
  void thereIsAtLeastOneFixturePerKindOfRule() throws IOException {
    assertThat(InvalidFixture.all())
        .extracting(InvalidFixture::kind)
        .contains("shape", "semantic", "syntax");
    assertThat(InvalidFixture.all()).hasSizeGreaterThan(40);
  }

  private static void assertMatches(Problem problem, InvalidFixture fixture) {
    assertThat(problem.file()).isEqualTo(fixture.path().toString());
    assertThat(problem.line()).isEqualTo(fixture.line());
    assertThat(problem.column()).isEqualTo(fixture.column());
    assertThat(problem.path())
        .isEqualTo(fixture.problemPath().equals("-") ? "" : fixture.problemPath());
    assertThat(problem.message()).contains(fixture.message());
  }
}
