package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

final class AttributeCommandTest {

  private static final String THREE =
      "prompt-modifications,two-flag-cases,coordinated-behavior-detection";

  @TempDir Path dir;

  @Test
  void attributionWritesARankingWithIntervalsCostsChartAndReport() throws Exception {
    Path out = dir.resolve("attribution");

    CliResult result =
        CliResult.execute(
            "attribute",
            "--interventions",
            THREE,
            "--replications",
            "3",
            "--format",
            "svg",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(result.out().strip()).isEqualTo(out.toAbsolutePath().toString());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("experiment").asText()).isEqualTo("attribute");
    assertThat(summary.get("runs").asInt()).isEqualTo(8 * 3);
    assertThat(summary.get("ranking")).hasSize(3);
    JsonNode first = summary.get("ranking").get(0);
    assertThat(first.get("shapley").get("low").asDouble())
        .isLessThanOrEqualTo(first.get("shapley").get("high").asDouble());
    assertThat(first.get("sideEffects").has("reviewer-hours")).isTrue();
    assertThat(out.resolve("charts/intervention-ranking.svg")).exists();
    assertThat(out.resolve("attribution.csv")).exists();
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report)
        .contains("that matter most for weighted harm")
        .contains("in the top three in")
        .contains("per day")
        .contains("| Rank | Intervention | Shapley | 95% CI |");
  }

  @Test
  void theCsvCarriesTheReportsSignForTheDecidingMetricAndSaysWhichMeasureItIs() throws Exception {
    Path out = dir.resolve("signs");
    CliResult result =
        CliResult.execute(
            "attribute",
            "--interventions",
            THREE,
            "--replications",
            "3",
            "--format",
            "svg",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);

    JsonNode first =
        new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("ranking").get(0);
    List<String> lines = Files.readAllLines(out.resolve("attribution.csv"));
    assertThat(lines.get(0))
        .isEqualTo("intervention,metric,estimator,measure,mean,ci_low,ci_high,n");
    String[] row =
        lines.stream()
            .filter(
                l ->
                    l.startsWith(
                        first.get("id").asText() + ",harm-weighted-before-election,shapley,"))
            .findFirst()
            .orElseThrow()
            .split(",");
    assertThat(row[3]).isEqualTo("reduction");
    double reduction = Double.parseDouble(row[4]);
    assertThat(reduction).isCloseTo(-first.get("shapley").get("mean").asDouble(), within(1e-6));
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report).contains((reduction >= 0 ? "reduces" : "worsens") + " weighted harm");
    assertThat(lines).anyMatch(l -> l.contains(",reviewer-hours,shapley,change,"));
  }

  @Test
  void theTerminalSummaryRanksTheInterventionsWithTheirIntervals() {
    CliResult result =
        CliResult.execute(
            "attribute",
            "--interventions",
            "prompt-modifications,two-flag-cases",
            "--replications",
            "2",
            "--format",
            "svg",
            "--out",
            dir.resolve("o").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("1. ").contains("2. ").contains("95% CI").contains("Report:");
  }

  @Test
  void theSummaryIsByteIdenticalOnOneAndTwoThreads() throws Exception {
    String[] common = {
      "attribute", "--interventions", "prompt-modifications,faster-suspension", "--replications",
      "2", "--format", "svg", "--quiet"
    };
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");

    CliResult first = CliResult.execute(with(common, "--threads", "1", "--out", one.toString()));
    CliResult second = CliResult.execute(with(common, "--threads", "2", "--out", two.toString()));

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(two.resolve("summary.json")))
        .isEqualTo(Files.readString(one.resolve("summary.json")));
    assertThat(Files.readString(two.resolve("attribution.csv")))
        .isEqualTo(Files.readString(one.resolve("attribution.csv")));
  }

  private static String[] with(String[] common, String... more) {
    String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, all, common.length, more.length);
    return all;
  }

  @Test
  void anUnknownInterventionIsInvalidInputWithASuggestion() {
    CliResult result =
        CliResult.execute(
            "attribute",
            "--interventions",
            "prompt-modification",
            "--out",
            dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("no intervention 'prompt-modification'")
        .contains("did you mean");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void anUnknownMetricIsInvalidInput() {
    CliResult result =
        CliResult.execute("attribute", "--metric", "harm", "--out", dir.resolve("x").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("--metric: no metric 'harm'");
  }
}
