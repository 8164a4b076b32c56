package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlayCommandErrorsTest {
  @TempDir Path dir;

  @Test
  void anUnknownOptionInChooseFailsBeforeAnythingRunsAndNamesTheValidOnes() {
    Console c =
        Console.run(
            "",
            "play",
            Console.scenario(),
            "--out",
            dir.resolve("o").toString(),
            "--choose",
            "staffing=panic,budget=more");

    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err())
        .contains("decision staffing has no option 'panic'; its options: hold, surge")
        .contains("no decision point 'budget'; it has: staffing, flags, suspension");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void chooseAndReplayCannotBeCombined() {
    Console c =
        Console.run("", "play", Console.scenario(), "--choose", "staffing=hold", "--replay", "x");

    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err()).contains("--choose and --replay cannot be combined");
  }

  @Test
  void aReplayOfAnotherScenarioTextIsRefused() throws IOException {
    Path file = dir.resolve("decisions.json");
    new DecisionsFile(
            DecisionsFile.FORMAT,
            Console.scenario(),
            "tabletop-small",
            "0".repeat(64),
            "",
            7,
            2,
            List.of(),
            List.of(new DecisionsFile.Entry("staffing", "hold", "")))
        .write(file);

    Console c = Console.run("", "play", "--replay", file.toString());

    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err()).contains("replaying it would not reproduce the session");
  }

  @Test
  void aDecisionsFileWithAnUnknownFieldIsInvalidInput() throws IOException {
    Path file = dir.resolve("odd.json");
    Files.writeString(
        file,
        "{\"format\": \"precinct-decisions/1\", \"scenario\": \"x\", \"scenarioSha256\": \"\","
            + " \"seed\": 1, \"replications\": 2, \"colour\": \"red\"}");

    Console c = Console.run("", "play", "--replay", file.toString());

    assertThat(c.exitCode()).isEqualTo(2);
    assertThat(c.err()).contains("is not valid").contains("colour");
  }

  @Test
  void theEventsListCanBeExportedWithoutPlaying() {
    Path csv = dir.resolve("msel.csv");
    Console c = Console.run("", "play", Console.scenario(), "--export-msel", csv.toString());

    assertThat(c.exitCode()).isZero();
    assertThat(csv).exists();
  }
}
