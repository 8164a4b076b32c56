package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class OptimiseCommandTest {

  @TempDir Path dir;

  @Test
  void anExhaustiveOptimisationSaysWhatToChooseAndHowSureInItsFirstLine() throws Exception {
    Path out = dir.resolve("optimise");

    CliResult result =
        CliResult.execute(
            "optimise",
            "--interventions",
            "prompt-modifications,two-flag-cases",
            "--staff",
            "trust-safety#1=4..5",
            "--max-cost-per-day",
            "3",
            "--constraint",
            "sla-met-share>=0.5",
            "--constraint",
            "wrongful-enforcements<=1000",
            "--replications",
            "5",
            "--budget",
            "400",
            "--format",
            "svg",
            "--out",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    String advice = result.out().lines().findFirst().orElseThrow();
    assertThat(advice)
        .startsWith("Choose ")
        .contains("with probability at least 95% it is the best of all")
        .contains("(1% of the baseline)")
        .endsWith("and it meets every bound at 95% one-sided confidence.");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("method").asText()).isEqualTo("exhaustive");
    assertThat(summary.get("spaceSize").asInt()).isEqualTo(8);
    assertThat(summary.at("/request/constraints/0").asText()).isEqualTo("sla-met-share >= 0.5");
    assertThat(summary.at("/selection/feasibility").asText()).isEqualTo("feasible");
    assertThat(summary.at("/selection/chosenCostPerDay").asDouble()).isLessThanOrEqualTo(3.0);
    assertThat(summary.at("/selection/chosenMetrics/sla-met-share/mean").asDouble())
        .isBetween(0.5, 1.0);
    for (String file :
        new String[] {
          "candidates.csv",
          "pareto-front.csv",
          "charts/pareto-cost.svg",
          "charts/pareto-second.svg",
          "report.md",
          "report.html"
        }) {
      assertThat(out.resolve(file)).exists();
    }
    assertThat(Files.readString(out.resolve("report.md"))).contains(advice);
  }

  @Test
  void aMisspeltConstraintMetricIsInvalidInputWithASuggestion() {
    CliResult result =
        CliResult.execute(
            "optimise", "--constraint", "sla-met-shar>=0.9", "--out", dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("no metric 'sla-met-shar'").contains("sla-met-share");
  }
}
