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
  void initWritesAStarterThatValidatesWithTheSchemaBesideIt() throws IOException {
    Path file = dir.resolve("my-exercise.yaml");

    CliResult init = CliResult.execute("init", dir.resolve("my-exercise").toString());

    assertThat(init.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(init.out()).contains("precinct validate " + file);
    assertThat(Files.readAllLines(file).get(0))
        .isEqualTo("# yaml-language-server: $schema=precinct-scenario.schema.json");
    assertThat(dir.resolve("precinct-scenario.schema.json")).isRegularFile();
    assertThat(CliResult.execute("validate", file.toString()).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void initNeverOverwritesAnExistingFileWithoutForce() throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "precious");

    CliResult result = CliResult.execute("init", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("already exists").contains("--force");
    assertThat(file).hasContent("precious");
  }

  @Test
  void initRefusesANameThatIsNotAScenarioId() {
    CliResult result = CliResult.execute("init", dir.resolve("My Exercise").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("is not a scenario id");
  }

  @Test
  void schemaPrintsTheDraft07JsonSchema() throws IOException {
    CliResult result = CliResult.execute("schema");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    com.fasterxml.jackson.databind.JsonNode schema =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
    assertThat(schema.get("$schema").asText()).contains("draft-07");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String command : new String[] {"run", "validate", "list", "show", "init", "schema"}) {
      CliResult result = CliResult.execute(command, "--help");

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(result.out())
          .as(command)
          .contains("Usage: precinct " + command)
          .contains("Examples:");
    }
  }

  @Test
  void everyPrecinctCommandTheStarterMentionsExists() {
    String starter = org.precinct.scenarios.StarterScenario.text("my-exercise");
    java.util.regex.Matcher mention =
        java.util.regex.Pattern.compile("`precinct ([a-z-]+)").matcher(starter);
    java.util.Set<String> commands =
        Precinct.newCommandLine(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()))
            .getSubcommands()
            .keySet();
    int mentions = 0;
    while (mention.find()) {
      mentions++;
      assertThat(commands)
          .as("`precinct %s` in the starter", mention.group(1))
          .contains(mention.group(1));
    }
    assertThat(mentions).isGreaterThanOrEqualTo(3);
  }
}
