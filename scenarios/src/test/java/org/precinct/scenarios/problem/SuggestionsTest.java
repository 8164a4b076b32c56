package org.precinct.scenarios.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SuggestionsTest {

  private static final List<String> KEYS =
      List.of("harmful-share", "severity", "accounts", "intensity");

  @Test
  void aTypoSuggestsTheClosestKey() {
    assertThat(Suggestions.closest("harmful-sahre", KEYS)).contains("harmful-share");
    assertThat(Suggestions.closest("severty", KEYS)).contains("severity");
  }

  @Test
  void snakeAndCamelCaseSuggestTheKebabKey() {
    assertThat(Suggestions.closest("harmful_share", KEYS)).contains("harmful-share");
    assertThat(Suggestions.closest("harmfulShare", KEYS)).contains("harmful-share");
  }

  @Test
  void anAbbreviationSuggestsItsOnlyCompletion() {
    assertThat(Suggestions.closest("intens", KEYS)).contains("intensity");
  }

  @Test
  void anUnrelatedWordSuggestsNothing() {
    assertThat(Suggestions.didYouMean("budget", KEYS)).isEmpty();
  }

  @Test
  void problemsRenderWithFileLineColumnPathFoundAndExpected() {
    Problem problem =
        new Problem(
            "a.yaml",
            3,
            7,
            "campaigns[0].severity",
            "out of range",
            "'7'",
            "a severity from 1 to 5");
    assertThat(problem.render())
        .isEqualTo(
            "a.yaml:3:7: campaigns[0].severity: out of range (found '7'; expected a severity from 1 to 5)");
    assertThat(new Problem("a.yaml", 0, 0, "", "the file is empty", null, null).render())
        .isEqualTo("a.yaml: the file is empty");
  }
}
