package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;

/**
 * {@code precinct run --events all|N}: which replications events.jsonl holds, and in what order.
 */
final class RunEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path run(String name, String... more) {
    Path out = dir.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of("run", "--out", out.toString(), "--quiet", "-r", "4", "--format", "svg"));
    args.addAll(List.of(more));
    CliResult result = CliResult.execute(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    return out;
  }

  private static List<Integer> replicationOfEachLine(Path folder) throws IOException {
    List<Integer> tags = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("events.jsonl"))) {
      tags.add(JSON.readTree(line).get("replication").asInt());
    }
    return tags;
  }

  @Test
  void eventsThreeLogsTheFirstThreeReplicationsInOrderWhateverTheThreads() throws IOException {
    Path one = run("one", "--events", "3", "--threads", "1");
    Path three = run("three", "--events", "3", "--threads", "3");

    List<Integer> tags = replicationOfEachLine(one);
    assertThat(tags).isSorted().containsOnly(0, 1, 2).contains(0, 1, 2);
    assertThat(three.resolve("events.jsonl")).hasSameBinaryContentAs(one.resolve("events.jsonl"));
    assertThat(one.resolve(".events-parts")).doesNotExist();
    assertThat(Files.readString(one.resolve("report.md"))).contains("events.jsonl");
  }

  @Test
  void theDefaultLogIsReplicationZeroAndStartsEveryLongerLog() throws IOException {
    Path plain = run("plain");
    Path all = run("all", "--events", "ALL", "--threads", "2");

    assertThat(replicationOfEachLine(plain)).containsOnly(0);
    assertThat(replicationOfEachLine(all)).isSorted().contains(0, 1, 2, 3);
    String zero = Files.readString(plain.resolve("events.jsonl"));
    assertThat(Files.readString(all.resolve("events.jsonl"))).startsWith(zero);
    assertThat(all.resolve("summary.json")).hasSameBinaryContentAs(plain.resolve("summary.json"));
  }

  @Test
  void mergedShardsLogTheReplicationsAnUnshardedRunLogs() throws IOException {
    Path whole = run("whole", "--events", "2");
    for (int k = 1; k <= 2; k++) {
      Path part = dir.resolve("parts").resolve("p" + k);
      CliResult shard =
          CliResult.execute(
              "run",
              "-r",
              "4",
              "--events",
              "2",
              "--format",
              "svg",
              "--shard",
              k + "/2",
              "--out",
              part.toString(),
              "--quiet");
      assertThat(shard.exitCode()).as(shard.err()).isEqualTo(ExitCodes.OK);
    }
    Path merged = dir.resolve("merged");
    CliResult merge =
        CliResult.execute(
            "merge", "--out", merged.toString(), "--quiet", dir.resolve("parts").toString());
    assertThat(merge.exitCode()).as(merge.err()).isEqualTo(ExitCodes.OK);

    assertThat(replicationOfEachLine(merged)).containsOnly(0, 1).contains(0, 1);
    assertThat(merged.resolve("events.jsonl"))
        .hasSameBinaryContentAs(whole.resolve("events.jsonl"));
  }

  @Test
  void eventsZeroWritesNoLog() {
    Path none = run("none", "--events", "0");

    assertThat(none.resolve("events.jsonl")).doesNotExist();
    assertThat(none.resolve("summary.json")).exists();
  }

  @Test
  void aBadEventsValueIsAUsageErrorNamingTheOption() {
    for (String bad : List.of("-1", "some", "1.5", "")) {
      CliResult result = CliResult.execute("run", "--events", bad, "--out", dir.toString());

      assertThat(result.exitCode()).as(bad).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(result.err())
          .as(bad)
          .contains("Invalid value for option '--events'")
          .contains("neither 'all' nor a number")
          .doesNotContain("Exception");
    }
  }
}
