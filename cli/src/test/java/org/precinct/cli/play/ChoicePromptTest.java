package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;

final class ChoicePromptTest {
  private static final DecisionPointSpec DECISION =
      new DecisionPointSpec(
          "staffing",
          0,
          "Surge?",
          Lists.immutable.of(
              new DecisionOptionSpec("hold", "Hold", "", 0, Lists.immutable.empty()),
              new DecisionOptionSpec("surge", "Surge", "", 1, Lists.immutable.empty())));

  private final StringWriter printed = new StringWriter();

  private ChoicePrompt prompt(String typed, Map<String, String> preset) {
    return new ChoicePrompt(
        new BufferedReader(new StringReader(typed)),
        new PrintWriter(printed, true),
        preset,
        new TerminalText(TerminalText.DEFAULT_WIDTH),
        false);
  }

  @Test
  void anOptionIsChosenByItsNumberOrItsId() {
    assertThat(prompt("2\n", Map.of()).choose(DECISION)).hasValue("surge");
    assertThat(prompt("hold\n", Map.of()).choose(DECISION)).hasValue("hold");
  }

  @Test
  void anUnknownAnswerIsExplainedAndAskedAgain() {
    assertThat(prompt("3\nsurge\n", Map.of()).choose(DECISION)).hasValue("surge");
    assertThat(printed.toString())
        .contains("No option '3'; type a number from 1 to 2 or one of: hold, surge");
  }

  @Test
  void theEndOfTheInputGivesNoChoice() {
    assertThat(prompt("\n\n", Map.of()).choose(DECISION)).isEmpty();
  }

  @Test
  void aChoiceGivenInAdvanceIsTakenWithoutAsking() {
    assertThat(prompt("", Map.of("staffing", "surge")).choose(DECISION)).hasValue("surge");
    assertThat(printed.toString()).contains("Choice given in advance: Surge (surge).");
  }
}
