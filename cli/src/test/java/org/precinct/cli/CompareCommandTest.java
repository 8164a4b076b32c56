package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class CompareCommandTest {

  @TempDir Path dir;

  @Test
  void mixesAreComparedWithTheBaselineOnEveryMetricWithHolmAdjustedPValues() throws Exception {
    Path out = dir.resolve("compare");

    CliResult result =
        CliResult.execute(
            "compare",
            "--mix",
            "fast:+faster-suspension,+two-flag-cases",
            "--mix",
            "staff:queues.trust-safety.staff-scale=1.5",
            "--replications",
            "3",
            "--format",
            "svg",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("runs").asInt()).isEqualTo(9);
    JsonNode deciding = summary.get("metrics").get(0);
    assertThat(deciding.get("metric").asText()).isEqualTo("harm-weighted-before-election");
    for (JsonNode mix : deciding.get("mixes")) {
      assertThat(mix.get("holmPValue").asDouble())
          .isGreaterThanOrEqualTo(mix.get("pValue").asDouble());
    }
    assertThat(out.resolve("comparison.csv")).exists();
    assertThat(out.resolve("charts/mix-ranking.svg")).exists();
    assertThat(out.resolve("charts/harm-cost-frontier.svg")).exists();
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("Holm-adjusted p")
        .contains("staffed reviewer hours");
  }

  @Test
  void aMixWithoutANameIsInvalidInput() {
    CliResult result =
        CliResult.execute(
            "compare", "--mix", "+faster-suspension", "--out", dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("start with a name");
  }

  @Test
  void anUnknownParameterPathIsInvalidInputWithASuggestion() {
    CliResult result =
        CliResult.execute(
            "compare",
            "--mix",
            "s:queues.trust-safety.staff-scal=2",
            "--out",
            dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("no parameter 'queues.trust-safety.staff-scal'")
        .contains("did you mean");
  }
}
