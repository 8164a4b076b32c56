package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.cli.failure.ExitCodes;

final class RootCommandTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CliResult result = CliResult.execute("--help");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("Usage: precinct")
        .contains("completion")
        .contains("Examples:")
        .contains("2 invalid input");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void versionShowsTheVersionAndTheGitCommit() {
    CliResult result = CliResult.execute("--version");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("precinct ").contains("commit ");
  }

  @Test
  void noCommandIsAUsageErrorWithOneLineAndAPointerToHelp() {
    CliResult result = CliResult.execute();

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("Missing a command").contains("--help");
    assertThat(result.err().lines()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void aMisspeltCommandGetsASuggestionAndExitCodeTwo() {
    CliResult result = CliResult.execute("completin");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("completin").contains("completion");
    assertThat(result.err()).doesNotContain("at org.");
  }

  @Test
  void completionPrintsABashScript() {
    CliResult result = CliResult.execute("completion");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("#!/usr/bin/env bash").contains("-F _precinct precinct");
  }

  @Test
  void helpOfACommandIsItsUsage() {
    CliResult result = CliResult.execute("help", "run");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("Usage: precinct run").contains("--replications");
    assertThat(result.out()).isEqualTo(CliResult.execute("run", "--help").out());
  }

  @Test
  void everyCommandAnswersVersionLikeTheRoot() {
    String root = CliResult.execute("--version").out();
    for (String command : List.of("run", "compare", "validate", "list", "play", "completion")) {
      CliResult result = CliResult.execute(command, "--version");
      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(result.out()).as(command).isEqualTo(root).startsWith("precinct ");
    }
  }
}
