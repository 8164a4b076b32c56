package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.scenarios.BundledScenarios;

final class ScenarioCommandsTest {
  @TempDir Path dir;

  private Path bundledCopy(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, BundledScenarios.text(BundledScenarios.DEFAULT_ID));
    return file;
  }

  @Test
  void validateAcceptsAValidFile() throws IOException {
    Path file = bundledCopy("good.yaml");

    CliResult result = CliResult.execute("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("good.yaml: ok (us-2024-general)");
  }

  @Test
  void validateReportsEveryProblemOfEveryFileWithLineAndColumnAndExitsWithTwo() throws IOException {
    Path good = bundledCopy("good.yaml");
    String text = Files.readString(good);
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, text.replaceFirst("\nauthor:", "\nauthr:"));
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "version: 1\nid: [unclosed\n");

    CliResult result =
        CliResult.execute("validate", good.toString(), typo.toString(), broken.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .containsPattern("typo\\.yaml:\\d+:\\d+: .*authr")
        .containsPattern("broken\\.yaml:\\d+:\\d+: ")
        .contains("2 of 3 files invalid")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void validateOfAMissingFileSaysSoAndExitsWithTwo() {
    CliResult result = CliResult.execute("validate", dir.resolve("nope.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("nope.yaml").contains("cannot read");
  }

  @Test
  void listShowsTheBundledScenariosWithTitlesAndMarksTheDefault() {
    CliResult result = CliResult.execute("list");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("us-2024-general")
        .contains("U.S. general")
        .contains("(default)");
  }

  @Test
  void showSummarisesTimelineCampaignsDefensesInjectsAndInterventions() {
    CliResult result = CliResult.execute("show", "us-2024-general");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("Timeline (America/New_York)")
        .contains("election day 2024-11-05")
        .contains("Threat campaigns")
        .contains("Defenses")
        .contains("Review queues")
        .contains("Injects")
        .contains("Interventions")
        .contains("[on by default]");
  }

  @Test
  void showOfAnUnknownScenarioSuggestsTheClosestBundledOne() {
    CliResult result = CliResult.execute("show", "us-2024-generl");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("no bundled scenario or file named 'us-2024-generl'")
        .contains("did you mean 'us-2024-general'?");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void showOfAnInvalidFilePrintsItsProblemsAndExitsWithTwo() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "version: 1\nid: Not An Id\n");

    CliResult result = CliResult.execute("show", broken.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).containsPattern("broken\\.yaml:\\d+:\\d+: ");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String command : new String[] {"validate", "list", "show", "schema"}) {
      CliResult result = CliResult.execute(command, "--help");

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(result.out())
          .as(command)
          .contains("Usage: precinct " + command)
          .contains("Examples:");
    }
  }
}
