package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

/** {@code precinct run} assesses the scenario's exercise objectives on every replication. */
final class RunObjectivesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double Z = 1.959963984540054;
  private static final int N = 12;

  @TempDir Path dir;

  private CliResult run(String scenario, Path out) {
    return CliResult.execute(
        "run", scenario, "-r", Integer.toString(N), "--out", out.toString(), "--format", "svg");
  }

  @Test
  void eachObjectiveIsMetInTheShareOfReplicationsThatReplicationsCsvShows() throws IOException {
    Path out = dir.resolve("late");
    CliResult result = run("late-influence-operation", out);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);

    JsonNode objectives = JSON.readTree(out.resolve("summary.json").toFile()).get("objectives");
    Map<String, List<Double>> values =
        RunTargetCiTest.valuesByMetric(out.resolve("replications.csv"));
    boolean[] all = new boolean[N];
    java.util.Arrays.fill(all, true);
    assertThat(objectives.get("each")).hasSize(3);
    for (JsonNode o : objectives.get("each")) {
      List<Double> v = values.get(o.get("metric").asText());
      double target = o.get("target").asDouble();
      boolean atLeast = o.get("comparison").asText().equals("at-least");
      int met = 0;
      for (int r = 0; r < N; r++) {
        boolean ok = atLeast ? v.get(r) >= target : v.get(r) <= target;
        met += ok ? 1 : 0;
        all[r] &= ok;
      }
      assertMet(o.get("met"), met);
      assertThat(result.out()).contains(o.get("label").asText() + ": ");
    }
    int allMet = 0;
    for (boolean b : all) {
      allMet += b ? 1 : 0;
    }
    assertMet(objectives.get("allMet"), allMet);

    String report = Files.readString(out.resolve("report.md"));
    assertThat(report).contains("## Exercise objectives");
    assertThat(report.indexOf("## Exercise objectives")).isLessThan(report.indexOf("## Charts"));
    assertThat(report).contains("| Disrupt both campaigns before election day | ");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<h2>Exercise objectives</h2>");
    assertThat(result.out()).contains("Objectives").contains("Every objective together: ");
  }

  private static void assertMet(JsonNode met, int successes) {
    assertThat(met.get("replications").asInt()).isEqualTo(successes);
    assertThat(met.get("of").asInt()).isEqualTo(N);
    double p = (double) successes / N;
    double centre = (p + Z * Z / (2 * N)) / (1 + Z * Z / N);
    double half = Z * Math.sqrt(p * (1 - p) / N + Z * Z / (4.0 * N * N)) / (1 + Z * Z / N);
    assertThat(met.get("share").asDouble()).isEqualTo(p);
    assertThat(met.get("ciLow").asDouble())
        .isCloseTo(successes == 0 ? 0 : centre - half, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(met.get("ciHigh").asDouble())
        .isCloseTo(successes == N ? 1 : centre + half, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aScenarioWithoutObjectivesSaysNothingAboutThem() throws IOException {
    Path out = dir.resolve("plain");
    CliResult result = run("donation-scam-ring", out);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);

    assertThat(JSON.readTree(out.resolve("summary.json").toFile()).has("objectives")).isFalse();
    assertThat(Files.readString(out.resolve("report.md"))).doesNotContain("objective");
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("Exercise objectives");
    assertThat(result.out()).doesNotContain("Objective");
  }
}
