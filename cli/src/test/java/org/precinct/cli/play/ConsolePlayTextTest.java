package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.Precinct;

/**
 * The bundled exercise played on the console of a 60-column terminal (COLUMNS=60, in a separate
 * process so the variable is really the environment's), two choices given in advance and one typed:
 * what the facilitator reads is plain text that fits the terminal.
 */
final class ConsolePlayTextTest {
  private static final int WIDTH = 60;
  @TempDir static Path dir;
  private static List<String> lines;
  private static String out;

  @BeforeAll
  static void play() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Precinct.class.getName(),
                "play",
                "late-influence-operation",
                "--controller",
                "--seed",
                "7",
                "--replications",
                "20",
                "--choose",
                "treat-as-network=network-case,stricter-threshold=stricter",
                "--format",
                "png",
                "--out",
                dir.resolve("session").toString())
            .redirectError(dir.resolve("err.txt").toFile())
            .redirectOutput(dir.resolve("out.txt").toFile());
    builder.environment().put("COLUMNS", String.valueOf(WIDTH));
    builder.environment().remove("CI");
    Process process = builder.start();
    try (OutputStream typed = process.getOutputStream()) {
      typed.write("2\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
    out = Files.readString(dir.resolve("out.txt"));
    lines = List.of(out.split("\n", -1));
  }

  @Test
  void theTypedAnswerFollowsItsPromptWhenTheInputIsNotATerminal() {
    assertThat(lines).contains("Team's choice for surge-reviewers [1-3 or id]: 2");
  }

  @Test
  void noMarkdownSyntaxReachesTheConsole() {
    assertThat(out).contains("Decision 3 of 3: stricter-threshold");
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain("###")
                    .doesNotContain("**")
                    .doesNotContain("|---")
                    .doesNotStartWith("| "));
  }

  @Test
  void noLineIsWiderThanTheTerminalUnlessItIsOneUnbreakableWord() {
    assertThat(lines)
        .allSatisfy(
            line -> {
              if (line.length() > WIDTH) {
                assertThat(line.strip().replaceFirst("^(- |\\d+\\. )", "")).doesNotContain(" ");
              }
            });
    assertThat(lines).anySatisfy(line -> assertThat(line).hasSizeBetween(WIDTH - 10, WIDTH));
  }

  @Test
  void aConstantPrintsAsItsValueWithoutAnInterval() {
    assertThat(out).containsPattern("\\b\\d+ reviewers on duty");
    assertThat(out).doesNotContainPattern("(\\d[\\d.,]*) \\(95% CI \\1 to \\1\\)");
  }

  @Test
  void anExactZeroInTheForkPreviewsIsAWholeZeroAndOneReviewerIsSingular() {
    String flat = out.replaceAll("\\s+", " ");
    assertThat(flat).contains("Keep the current threshold").containsPattern("change 0[;%)]");
    assertThat(flat)
        .doesNotContain("change 0.00")
        .doesNotContain("change 0.0 h")
        .doesNotContain("change 0.0%")
        .doesNotContainPattern("\\b1 reviewers\\b");
  }

  @Test
  void objectivesAtTheFirstStopReadTheirStatusSoFar() {
    int start = out.indexOf("Objectives so far");
    String first = out.substring(start, out.indexOf("Decision:", start));
    assertThat(first)
        .containsPattern(
            "benign\\s+accounts\\s+enforced\\s+against\\s+so\\s+far\\s+0:\\s+on\\s+track")
        .containsPattern("campaigns\\s+disrupted\\s+before\\s+election\\s+day\\s+so\\s+far");
    assertThat(first.split("\n- ")).anyMatch(item -> !item.contains("assessed at the end"));
  }
}
