package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

/** {@code precinct run --target-ci}: replications in batches until the headline CIs are narrow. */
final class RunTargetCiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCENARIO = "late-influence-operation";

  @TempDir Path dir;

  private CliResult run(Path out, String... more) {
    List<String> args =
        new ArrayList<>(List.of("run", SCENARIO, "--out", out.toString(), "--format", "svg"));
    args.addAll(List.of(more));
    return CliResult.execute(args.toArray(String[]::new));
  }

  @Test
  void stopsOnceEveryHeadlineMeetsTheTargetAndIsIdenticalOnOneAndThreeThreads() throws IOException {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    CliResult first = run(one, "--target-ci", "0.1", "--max-replications", "400", "-t", "1");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(
            run(three, "--target-ci", "0.1", "--max-replications", "400", "-t", "3", "-q")
                .exitCode())
        .isZero();

    JsonNode summary = JSON.readTree(one.resolve("summary.json").toFile());
    JsonNode stop = summary.at("/run/targetPrecision");
    int n = summary.at("/run/replications").asInt();
    assertThat(stop.get("stopped").asText()).isEqualTo("target-reached");
    assertThat(stop.get("replications").asInt()).isEqualTo(n).isGreaterThan(10).isLessThan(400);
    assertThat(stop.get("achievedRelativeHalfWidth").asDouble()).isLessThanOrEqualTo(0.1);
    assertThat(first.out()).contains("--target-ci 10.0% reached after " + n + " replications");
    for (String file : List.of("summary.json", "replications.csv", "daily.csv", "events.jsonl")) {
      assertThat(three.resolve(file)).as(file).hasSameBinaryContentAs(one.resolve(file));
    }
    assertThat(Files.readString(one.resolve("report.md")))
        .contains("| Stopped | after " + n + " replications, because every headline");

    Map<String, List<Double>> values = valuesByMetric(one.resolve("replications.csv"));
    for (JsonNode h : summary.at("/headline/metrics")) {
      List<Double> v = values.get(h.get("id").asText());
      assertThat(v).hasSize(n);
      double[] meanAndHalfWidth = studentT(v);
      boolean nearZero = Math.abs(meanAndHalfWidth[0]) < floor(summary, h.get("id").asText());
      assertThat(
              nearZero
                  ? meanAndHalfWidth[1] <= floor(summary, h.get("id").asText())
                  : meanAndHalfWidth[1] <= 0.1 * Math.abs(meanAndHalfWidth[0]))
          .as(h.get("id").asText())
          .isTrue();
    }

    Path fixed = dir.resolve("fixed");
    assertThat(run(fixed, "-r", Integer.toString(n), "-q").exitCode()).isZero();
    JsonNode plain = JSON.readTree(fixed.resolve("summary.json").toFile());
    assertThat(plain.get("metrics")).isEqualTo(summary.get("metrics"));
    assertThat(plain.get("objectives")).isEqualTo(summary.get("objectives"));
    assertThat(plain.at("/run/targetPrecision").isMissingNode()).isTrue();
    assertThat(fixed.resolve("replications.csv"))
        .hasSameBinaryContentAs(one.resolve("replications.csv"));
  }

  @Test
  void anUnreachableTargetStopsAtTheCapAndSaysSo() throws IOException {
    Path out = dir.resolve("capped");
    CliResult result = run(out, "--target-ci", "0.001", "--max-replications", "20");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    JsonNode stop = JSON.readTree(out.resolve("summary.json").toFile()).at("/run/targetPrecision");
    assertThat(stop.get("stopped").asText()).isEqualTo("cap-reached");
    assertThat(stop.get("replications").asInt()).isEqualTo(20);
    assertThat(stop.get("achievedRelativeHalfWidth").asDouble()).isGreaterThan(0.001);
    assertThat(result.out()).contains("not reached: stopped at the cap of 20 replications");
  }

  @Test
  void aTargetThatIsNoRelativeHalfWidthAndAShardedTargetAreRefused() {
    CliResult absolute = run(dir.resolve("a"), "--target-ci", "5");
    assertThat(absolute.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(absolute.err()).contains("--target-ci for run").contains("between 0 and 1");

    CliResult sharded = run(dir.resolve("b"), "--target-ci", "0.05", "--shard", "1/2");
    assertThat(sharded.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(sharded.err()).contains("--shard cannot be combined with --target-ci");

    CliResult smallCap = run(dir.resolve("c"), "--target-ci", "0.05", "--max-replications", "5");
    assertThat(smallCap.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(smallCap.err()).contains("--max-replications must be between 10");
    assertThat(dir.resolve("a")).doesNotExist();
  }

  /** One unit of a metric, one percentage point for a share: the near-zero rule's floor. */
  private static double floor(JsonNode summary, String id) {
    for (JsonNode m : summary.get("metrics")) {
      if (m.get("id").asText().equals(id)) {
        return m.get("unit").asText().equals("share") ? 0.01 : 1.0;
      }
    }
    throw new AssertionError("no metric " + id);
  }

  private static double[] studentT(List<Double> v) {
    int n = v.size();
    double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
    return new double[] {mean, t * Math.sqrt(ss / (n - 1) / n)};
  }

  static Map<String, List<Double>> valuesByMetric(Path csv) throws IOException {
    Map<String, List<Double>> values = new HashMap<>();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String[] cells = line.split(",", -1);
      values
          .computeIfAbsent(cells[1], k -> new ArrayList<>())
          .add(cells[2].isEmpty() ? Double.NaN : Double.parseDouble(cells[2]));
    }
    return values;
  }
}
