package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled three-decision exercise, played by typing and replayed from its decisions file. */
final class BundledExerciseTest {
  @TempDir Path dir;

  @Test
  void theBundledExercisePlaysByTypingAndReplaysIdenticallyFromItsDecisionsFile()
      throws IOException {
    Console typed =
        Console.run(
            "network-case\n2\n3\n",
            "play",
            "late-influence-operation",
            "--replications",
            "2",
            "--format",
            "png",
            "--out",
            dir.resolve("typed").toString());
    Console replayed =
        Console.run(
            "",
            "play",
            "--replay",
            dir.resolve("typed/decisions.json").toString(),
            "--format",
            "png",
            "--out",
            dir.resolve("replayed").toString());

    assertThat(typed.exitCode()).as(typed.err()).isZero();
    assertThat(typed.out())
        .contains("Decision 1 of 3: treat-as-network", "Decision 3 of 3: stricter-threshold");
    assertThat(replayed.exitCode()).as(replayed.err()).isZero();
    for (String file : new String[] {"exercise.json", "report.md", "decisions.json"}) {
      assertThat(Files.readString(dir.resolve("replayed").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("typed").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("typed/decisions.json")))
        .contains("\"network-case\"", "\"surge-four\"", "\"stricter-and-two-flags\"");
  }
}
