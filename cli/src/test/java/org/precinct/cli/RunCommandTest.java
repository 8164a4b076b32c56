package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.failure.ExitCodes;
import org.precinct.engine.result.Metric;
import org.precinct.scenarios.BundledScenarios;

final class RunCommandTest {
  private static final List<String> DETERMINISTIC =
      List.of(
          "summary.json",
          "replications.csv",
          "daily.csv",
          "hourly.csv",
          "campaigns.csv",
          "outcomes.csv",
          "events.jsonl");

  @TempDir Path dir;

  private CliResult run(Path out, String... more) {
    List<String> replications =
        List.of(more).contains("--replications") ? List.of() : List.of("--replications", "4");
    List<String> args =
        Stream.of(
                Stream.of("run", "--out", out.toString(), "--quiet"),
                replications.stream(),
                Stream.of(more))
            .flatMap(s -> s)
            .toList();
    return CliResult.execute(args.toArray(String[]::new));
  }

  @Test
  void aRunWritesSummaryTablesReportAndRunFactsIntoItsFolder() throws Exception {
    Path out = dir.resolve("first");

    CliResult result = run(out);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(result.out().strip()).isEqualTo(out.toAbsolutePath().toString());
    assertThat(out)
        .isDirectoryContaining("glob:**/summary.json")
        .isDirectoryContaining("glob:**/run.json")
        .isDirectoryContaining("glob:**/report.html")
        .isDirectoryContaining("glob:**/report.md")
        .isDirectoryContaining("glob:**/daily.csv")
        .isDirectoryContaining("glob:**/hourly.csv")
        .isDirectoryContaining("glob:**/campaigns.csv");
    assertThat(Files.readAllLines(out.resolve("replications.csv")))
        .hasSize(1 + 4 * Metric.values().length);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.at("/scenario/id").asText()).isEqualTo("us-2024-general");
    assertThat(summary.at("/scenario/sha256").asText()).isEqualTo(bundledSha256());
    assertThat(summary.at("/run/replications").asInt()).isEqualTo(4);
    assertThat(summary.at("/metrics")).hasSize(Metric.values().length);
    assertThat(names(dir)).containsExactly("first");
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
      events.add(new ObjectMapper().readTree(line));
    }
    assertThat(events).extracting(e -> e.get("kind").asText()).contains("harmful-request");
    assertThat(events)
        .filteredOn(e -> e.get("kind").asText().equals("suspended"))
        .allSatisfy(
            s ->
                assertThat(events)
                    .anySatisfy(
                        d -> {
                          assertThat(d.get("kind").asText()).isEqualTo("detected");
                          assertThat(d.get("account")).isEqualTo(s.get("account"));
                          assertThat(d.get("ticks").asLong())
                              .isLessThanOrEqualTo(s.get("ticks").asLong());
                        }));
    assertThat(names(out.resolve("charts")))
        .contains("time-to-enforce.png", "time-to-enforce.svg", "harm-over-time.png");
    assertThat(imagesOf(out.resolve("report.html")))
        .isNotEmpty()
        .allSatisfy(src -> assertThat(out.resolve(src)).isRegularFile());
  }

  private static List<String> imagesOf(Path html) throws IOException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(Files.readString(html));
    List<String> sources = new java.util.ArrayList<>();
    while (m.find()) {
      sources.add(m.group(1));
    }
    return sources;
  }

  @Test
  void summaryAndTablesAreByteIdenticalWithOneAndThreeThreads() throws IOException {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");

    assertThat(run(one, "--threads", "1", "--replications", "5").exitCode()).isZero();
    assertThat(run(three, "--threads", "3", "--replications", "5").exitCode()).isZero();

    for (String file : DETERMINISTIC) {
      assertThat(Files.readAllBytes(three.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  void anExistingFolderIsRefusedWithExitCodeTwoAndLeftUntouched() throws IOException {
    Path out = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    CliResult result = run(out);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("already exists").contains("--force");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(names(out)).containsExactly("notes.txt");
  }

  @Test
  void forceReplacesAnEarlierRun() throws IOException {
    Path out = dir.resolve("again");
    assertThat(run(out).exitCode()).isZero();

    CliResult result = run(out, "--force", "--seed", "9");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"seed\" : 9");
    assertThat(names(dir)).containsExactly("again");
  }

  @Test
  void anUnknownInterventionIsExitCodeTwoWithASuggestionAndWritesNothing() throws IOException {
    CliResult result = run(dir.resolve("out"), "--with", "faster-suspenson");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("--with: the scenario has no intervention 'faster-suspenson'")
        .contains("did you mean 'faster-suspension'?");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void switchedInterventionsAreRecordedInTheSummary() throws IOException {
    Path out = dir.resolve("mix");

    CliResult result =
        run(out, "--with", "faster-suspension", "--without", "final-week-surge-staffing");

    assertThat(result.exitCode()).as(result.err()).isZero();
    String summary = Files.readString(out.resolve("summary.json"));
    assertThat(summary).contains("\"faster-suspension\"").doesNotContain("\"final-week-surge");
  }

  @Test
  void anInvalidScenarioFileIsExitCodeTwoWithItsProblems() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file, BundledScenarios.text("us-2024-general").replace("seed: 20241105", "seed: soon"));

    CliResult result =
        CliResult.execute("run", file.toString(), "--out", dir.resolve("o").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).containsPattern("bad\\.yaml:\\d+:\\d+: run\\.seed");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void badNumbersOnTheCommandLineAreExitCodeTwo() {
    assertThat(CliResult.execute("run", "--replications", "0").exitCode())
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(CliResult.execute("run", "--threads", "lots").exitCode())
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(CliResult.execute("run", "--format", "gif").err())
        .contains("valid: png, svg, pdf, slides");
  }

  @Test
  void jsonPrintsTheSummaryDocumentOnStdout() throws Exception {
    Path out = dir.resolve("json");

    CliResult result =
        CliResult.execute("run", "--replications", "3", "--out", out.toString(), "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(Files.readString(out.resolve("summary.json")));
  }

  @Test
  void theTextSummaryLeadsWithTheHeadlineNumbersAndSaysWhereTheOutputsAre() {
    Path out = dir.resolve("text");

    CliResult result = CliResult.execute("run", "--replications", "3", "--out", out.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("us-2024-general: 3 replications, seed 20241105")
        .contains("Accounts enforced within 24 h")
        .contains("Peak review backlog")
        .contains("95% CI")
        .contains("Report: " + out.toAbsolutePath().resolve("report.html"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void runHelpShowsEveryOptionAndExamples() {
    CliResult result = CliResult.execute("run", "--help");

    assertThat(result.out())
        .contains("--replications", "--seed", "--threads", "--out", "--force", "--format")
        .contains("--with", "--without", "--quiet", "--json", "Examples:");
  }

  private static String bundledSha256() throws Exception {
    byte[] bytes = BundledScenarios.find("us-2024-general").orElseThrow().bytes();
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
