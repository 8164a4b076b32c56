package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.scenarios.BundledScenarios;

final class JsonOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void listJsonIsAnArrayOfEveryBundledScenarioWithTheDefaultMarked() throws IOException {
    CliResult result = CliResult.execute("list", "--json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode list = JSON.readTree(result.out());
    assertThat(ids(list))
        .containsExactlyElementsOf(
            BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id).toList());
    assertThat(
            StreamSupport.stream(list.spliterator(), false)
                .filter(s -> s.get("default").asBoolean()))
        .singleElement()
        .satisfies(s -> assertThat(s.get("id").asText()).isEqualTo(BundledScenarios.DEFAULT_ID));
  }

  @Test
  void showJsonCarriesTheTimelineAndTheIdsOfEveryElement() throws IOException {
    CliResult result = CliResult.execute("show", "us-2024-general", "--json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode show = JSON.readTree(result.out());
    assertThat(show.get("id").asText()).isEqualTo("us-2024-general");
    assertThat(show.at("/timeline/election-day").asText()).isEqualTo("2024-11-05");
    assertThat(show.at("/timeline/zone").asText()).isNotEmpty();
    assertThat(ids(show.get("interventions"))).contains("faster-suspension");
    assertThat(ids(show.get("campaigns"))).isNotEmpty();
    assertThat(ids(show.get("queues"))).isNotEmpty();
  }

  @Test
  void validateJsonListsEachFileWithItsProblemsAndStillExitsWithTwo() throws IOException {
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, BundledScenarios.text(BundledScenarios.DEFAULT_ID));
    Path purple = dir.resolve("purple.yaml");
    Files.writeString(
        purple,
        Files.readString(good).replaceFirst("\nmarking: [^\n]*", "\nmarking: \"TLP:PURPLE\""));

    CliResult result = CliResult.execute("validate", "--json", good.toString(), purple.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    JsonNode files = JSON.readTree(result.out());
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("valid").asBoolean()).isTrue();
    assertThat(files.get(0).get("id").asText()).isEqualTo("us-2024-general");
    JsonNode problem = files.get(1).at("/problems/0");
    assertThat(files.get(1).get("valid").asBoolean()).isFalse();
    assertThat(problem.get("path").asText()).isEqualTo("marking");
    assertThat(problem.get("line").asInt()).isPositive();
    assertThat(problem.get("expected").asText()).contains("TLP:CLEAR").contains("TLP:AMBER+STRICT");
  }

  @Test
  void aPurpleMarkingIsRefusedAtItsFileAndLineWithTheValidLabels() throws IOException {
    Path purple = dir.resolve("purple.yaml");
    String text = BundledScenarios.text(BundledScenarios.DEFAULT_ID);
    Files.writeString(purple, text.replaceFirst("\nmarking: [^\n]*", "\nmarking: \"TLP:PURPLE\""));
    int line = text.substring(0, text.indexOf("\nmarking:") + 1).split("\n", -1).length;

    CliResult result = CliResult.execute("validate", purple.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("purple.yaml:" + line + ":")
        .contains("marking: not a TLP 2.0 label")
        .contains("TLP:PURPLE")
        .contains("TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED");
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }
}
