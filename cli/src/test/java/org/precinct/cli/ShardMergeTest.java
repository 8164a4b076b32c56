package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precinct.cli.failure.ExitCodes;

/**
 * Sharded runs merged by {@code precinct merge} write the files an unsharded run writes, byte for
 * byte: summary.json and every CSV, for 1, 3 and 7 shards of the default scenario.
 */
final class ShardMergeTest {
  private static final String[] RUN = {
    "run", "--replications", "14", "--seed", "3", "--format", "svg"
  };
  private static final String[] ATTRIBUTE = {
    "attribute", "--replications", "2", "--seed", "3", "--format", "svg"
  };

  /** Unsharded outputs, computed once for all shard counts. */
  private static final Map<String, Path> WHOLE = new HashMap<>();

  @TempDir static Path shared;
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void shardedRunMergesIntoTheUnshardedFiles(int shards) throws IOException {
    Path whole = unshardedOnce(RUN);
    Path merged = shardAndMerge(RUN, shards, "run");
    assertSameNumbers(whole, merged);
    assertThat(merged.resolve("events.jsonl"))
        .hasSameBinaryContentAs(whole.resolve("events.jsonl"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void shardedAttributionMergesIntoTheUnshardedFiles(int shards) throws IOException {
    Path whole = unshardedOnce(ATTRIBUTE);
    Path merged = shardAndMerge(ATTRIBUTE, shards, "attribute");
    assertSameNumbers(whole, merged);
  }

  @Test
  void shardedComparisonMergesIntoTheUnshardedFiles() throws IOException {
    String[] compare = {
      "compare", "--mix", "fast:+faster-suspension", "--replications", "5", "--seed", "3"
    };
    assertSameNumbers(unsharded(compare, "whole"), shardAndMerge(compare, 2, "compare"));
  }

  @Test
  void shardedSweepAndSensitivityMergeIntoTheUnshardedFiles() throws IOException {
    String[] sweep = {
      "sweep", "--param", "queues.trust-safety.staff-scale=0.5,1,1.5", "--replications", "3"
    };
    assertSameNumbers(unsharded(sweep, "sweep"), shardAndMerge(sweep, 2, "sweep"));
    String[] sensitivity = {"sensitivity", "--points", "20", "--replications", "2"};
    assertSameNumbers(
        unsharded(sensitivity, "sensitivity"), shardAndMerge(sensitivity, 3, "sensitivity"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4096", "4"})
  void shardedOptimisationMergesIntoTheUnshardedFilesAndIgnoresThreads(String exhaustiveLimit)
      throws IOException {
    String[] optimise = {
      "optimise",
      "--interventions",
      "prompt-modifications,two-flag-cases",
      "--staff",
      "trust-safety#1=4..6",
      "--replications",
      "5",
      "--budget",
      "160",
      "--exhaustive-limit",
      exhaustiveLimit,
      "--population",
      "6",
      "--finalists",
      "3",
      "--seed",
      "3",
      "--format",
      "svg"
    };
    Path whole = unsharded(with(optimise, "--threads", "2"), "optimise");
    Path oneThread = unsharded(with(optimise, "--threads", "1"), "optimise-1");
    assertThat(oneThread.resolve("summary.json"))
        .hasSameBinaryContentAs(whole.resolve("summary.json"));
    assertSameNumbers(whole, shardAndMerge(optimise, 3, "optimise"));
  }

  @Test
  void aStateTriggerFiresAtTheSameInstantAtAnyThreadCountAndInAShardedRun() throws IOException {
    String[] triggered = {
      "run", "late-influence-operation", "--replications", "8", "--seed", "3", "--format", "svg"
    };
    Path one = unsharded(with(triggered, "--threads", "1"), "triggered-1");
    Path three = unsharded(with(triggered, "--threads", "3"), "triggered-3");
    Path merged = shardAndMerge(triggered, 3, "triggered");
    String summary = Files.readString(one.resolve("summary.json"));
    assertThat(summary).contains("\"triggered-injects\"").contains("\"first-fire-hours\"");
    assertThat(three.resolve("summary.json")).hasSameBinaryContentAs(one.resolve("summary.json"));
    assertThat(merged.resolve("summary.json")).hasSameBinaryContentAs(one.resolve("summary.json"));
    assertThat(Files.readString(one.resolve("events.jsonl"))).contains("\"kind\":\"inject-fired\"");
    assertThat(merged.resolve("events.jsonl")).hasSameBinaryContentAs(one.resolve("events.jsonl"));
  }

  @Test
  void mergeTakesTheFolderHoldingThePartials() throws IOException {
    shard(RUN, 2, 2, "run-2");
    shard(RUN, 1, 2, "run-1");
    CliResult merged = merge(dir.resolve("parts"));
    assertThat(merged.exitCode()).as(merged.err()).isEqualTo(ExitCodes.OK);
    assertSameNumbers(unshardedOnce(RUN), dir.resolve("merged"));
  }

  @Test
  void aShardWritesAManifestNamingItsReplications() throws IOException {
    Path part = shard(RUN, 2, 3, "part");
    String manifest = Files.readString(part.resolve("manifest.json"));
    assertThat(manifest)
        .contains("\"command\" : \"run\"")
        .contains("\"number\" : 2")
        .contains("\"count\" : 3")
        .contains("\"replicationIndices\" : [ 1, 4, 7, 10, 13 ]")
        .contains("\"sha256\" : \"");
    assertThat(part.resolve("scenario.yaml")).exists();
    assertThat(part.resolve("summary.json")).doesNotExist();
  }

  @Test
  void mergeRefusesAMissingShard() {
    Path one = shard(RUN, 1, 3, "p1");
    Path three = shard(RUN, 3, 3, "p3");
    CliResult result = merge(one, three);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("shard 2 of 3 is missing (given: 1, 3)");
    assertThat(dir.resolve("merged")).doesNotExist();
  }

  @Test
  void mergeRefusesADuplicatedShard() {
    Path one = shard(RUN, 1, 2, "p1");
    Path two = shard(RUN, 2, 2, "p2");
    Path twoAgain = shard(RUN, 2, 2, "p2-again");
    CliResult result = merge(one, two, twoAgain);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("shard 2/2 is given twice").contains("p2-again");
    assertThat(dir.resolve("merged")).doesNotExist();
  }

  @Test
  void mergeRefusesShardsOfDifferentRuns() {
    Path one = shard(RUN, 1, 2, "p1");
    Path otherSeed = shard(new String[] {"run", "--replications", "14", "--seed", "4"}, 2, 2, "p2");
    CliResult seed = merge(one, otherSeed);
    assertThat(seed.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(seed.err()).contains("seed is 3 in").contains("but 4 in");

    Path withMix =
        shard(
            new String[] {
              "run", "--replications", "14", "--seed", "3", "--without", "faster-suspension"
            },
            2,
            2,
            "p2-without");
    CliResult design = merge(one, withMix);
    assertThat(design.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(design.err()).contains("not of one experiment").contains("--without");

    Path comparison =
        shard(new String[] {"compare", "--mix", "a:+faster-suspension", "-r", "2"}, 2, 2, "c2");
    CliResult command = merge(one, comparison);
    assertThat(command.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(command.err()).contains("command is run in").contains("but compare in");
    assertThat(dir.resolve("merged")).doesNotExist();
  }

  @Test
  void mergeRefusesAFolderThatIsNoPartialAndADamagedOne() throws IOException {
    CliResult none = merge(dir);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(none.err()).contains("not a partial folder (no manifest.json)");

    Path one = shard(RUN, 1, 2, "p1");
    Path two = shard(RUN, 2, 2, "p2");
    byte[] aggregate = Files.readAllBytes(two.resolve("aggregate.bin.gz"));
    Files.write(two.resolve("aggregate.bin.gz"), java.util.Arrays.copyOf(aggregate, 100));
    CliResult damaged = merge(one, two);
    assertThat(damaged.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(damaged.err()).contains("aggregate.bin.gz: cannot be read");
    assertThat(damaged.err()).doesNotContain("Exception");
    assertThat(dir.resolve("merged")).doesNotExist();
  }

  @Test
  void shardOptionIsCheckedAndRefusedWithAnAdaptiveBudget() {
    CliResult outOfRange = CliResult.execute("run", "--shard", "0/3");
    assertThat(outOfRange.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(outOfRange.err()).contains("K must be between 1 and 3");
    CliResult notAFraction = CliResult.execute("run", "--shard", "three");
    assertThat(notAFraction.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(notAFraction.err()).contains("is not K/N");
    CliResult adaptive = CliResult.execute("attribute", "--target-ci", "5", "--shard", "1/2");
    assertThat(adaptive.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(adaptive.err()).contains("cannot be combined with --target-ci");
  }

  private static Path unshardedOnce(String[] command) {
    return WHOLE.computeIfAbsent(command[0], c -> unsharded(command, shared.resolve(c)));
  }

  private Path unsharded(String[] command, String name) {
    return unsharded(command, dir.resolve(name));
  }

  private static Path unsharded(String[] command, Path out) {
    CliResult result = CliResult.execute(with(command, "--out", out.toString(), "--quiet"));
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    return out;
  }

  private Path shardAndMerge(String[] command, int shards, String name) {
    List<Path> parts = new ArrayList<>();
    for (int k = shards; k >= 1; k--) {
      parts.add(shard(command, k, shards, name + "-" + k));
    }
    CliResult merged = merge(parts.toArray(Path[]::new));
    assertThat(merged.exitCode()).as(merged.err()).isEqualTo(ExitCodes.OK);
    return dir.resolve("merged");
  }

  private Path shard(String[] command, int k, int n, String name) {
    Path out = dir.resolve("parts").resolve(name);
    CliResult result =
        CliResult.execute(
            with(
                command,
                "--shard",
                k + "/" + n,
                "--threads",
                "2",
                "--out",
                out.toString(),
                "--quiet"));
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    return out;
  }

  private CliResult merge(Path... parts) {
    List<String> args =
        new ArrayList<>(
            List.of("merge", "--out", dir.resolve("merged").toString(), "--quiet", "--force"));
    for (Path p : parts) {
      args.add(p.toString());
    }
    return CliResult.execute(args.toArray(String[]::new));
  }

  private static String[] with(String[] command, String... more) {
    return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
  }

  /** summary.json and every CSV (the numbers) are byte-identical, and no file is missing. */
  private static void assertSameNumbers(Path whole, Path merged) throws IOException {
    List<String> expected = numberFiles(whole);
    assertThat(numberFiles(merged)).containsExactlyElementsOf(expected);
    assertThat(expected).contains("summary.json").hasSizeGreaterThanOrEqualTo(2);
    for (String file : expected) {
      assertThat(merged.resolve(file)).as(file).hasSameBinaryContentAs(whole.resolve(file));
    }
  }

  private static List<String> numberFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .map(p -> folder.relativize(p).toString())
          .filter(f -> f.equals("summary.json") || f.endsWith(".csv"))
          .sorted()
          .toList();
    }
  }
}
