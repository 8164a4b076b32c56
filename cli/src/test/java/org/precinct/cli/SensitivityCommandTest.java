package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class SensitivityCommandTest {

  @TempDir Path dir;

  @Test
  void theDefaultScenariosAssumptionsGetATornadoAndVarianceShares() throws Exception {
    Path out = dir.resolve("sensitivity");

    CliResult result =
        CliResult.execute(
            "sensitivity",
            "--points",
            "20",
            "--replications",
            "2",
            "--format",
            "svg",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    int parameters = summary.get("tornado").size();
    assertThat(parameters).isPositive();
    assertThat(summary.get("varianceShares")).hasSize(parameters);
    assertThat(summary.get("runs").asInt()).isEqualTo((2 * parameters + 1) * 2 + 20);
    assertThat(out.resolve("charts/tornado.svg")).exists();
    assertThat(out.resolve("charts/variance-shares.svg")).exists();
    assertThat(Files.readString(out.resolve("report.md"))).contains("The answer moves most with");
  }

  @Test
  void tooFewHypercubePointsAreInvalidInput() {
    CliResult result =
        CliResult.execute("sensitivity", "--points", "5", "--out", dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("--points");
  }
}
