package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class SweepCommandTest {

  @TempDir Path dir;

  @Test
  void aTwoParameterSweepRunsEveryGridPointAndDrawsAHeatMap() throws Exception {
    Path out = dir.resolve("sweep");

    CliResult result =
        CliResult.execute(
            "sweep",
            "--param",
            "queues.trust-safety.staff-scale=0.5,2",
            "--param",
            "classifiers.misinfo.recall=0.4:0.8:0.4",
            "--replications",
            "2",
            "--format",
            "svg",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("points")).hasSize(4);
    assertThat(summary.get("runs").asInt()).isEqualTo(8);
    assertThat(summary.get("points").get(1).get("at").get(1).asDouble()).isEqualTo(0.8);
    assertThat(out.resolve("sweep.csv")).exists();
    assertThat(out.resolve("charts/sweep-heat-map.svg")).exists();
  }

  @Test
  void aValueOutsideTheParametersRangeIsInvalidInput() {
    CliResult result =
        CliResult.execute(
            "sweep",
            "--param",
            "classifiers.misinfo.recall=0.5,1.5",
            "--out",
            dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("must be between 0.0 and 1.0");
  }

  @Test
  void aBackwardsRangeIsInvalidInput() {
    CliResult result =
        CliResult.execute(
            "sweep",
            "--param",
            "classifiers.misinfo.recall=0.8:0.4:0.1",
            "--out",
            dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("FROM <= TO");
  }
}
