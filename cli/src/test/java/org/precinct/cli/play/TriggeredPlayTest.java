package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays a scenario whose second decision and one inject are state-triggered: the session stops
 * where the trigger fires in the story replication, and --replay reproduces the session file for
 * file.
 */
final class TriggeredPlayTest {
  private static final String CHOICES = "staffing=surge,flags=two-flags,suspension=faster";
  private static final List<String> SAME_FILES =
      List.of(
          "decisions.json",
          "exercise.json",
          "report.md",
          "controller/briefing.md",
          "controller/msel.csv",
          "controller/01-staffing.md",
          "controller/02-flags.md",
          "controller/03-suspension.md",
          "players/01-staffing/situation.md",
          "players/02-flags/situation.md",
          "players/03-suspension/situation.md");

  @TempDir Path dir;

  private static String scenario() throws URISyntaxException {
    return Path.of(TriggeredPlayTest.class.getResource("tabletop-triggered.yaml").toURI())
        .toString();
  }

  private Console play(String folder, String... more) throws URISyntaxException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "play", scenario(), "--out", dir.resolve(folder).toString(), "--format", "png"));
    if (more[0].equals("--replay")) {
      args.remove(1);
    }
    args.addAll(List.of(more));
    return Console.run("", args.toArray(new String[0]));
  }

  @Test
  void aStateTriggeredDecisionStopsAtItsStoryInstantAndReplaysFileForFile()
      throws IOException, URISyntaxException {
    Console chosen = play("chosen", "--choose", CHOICES);
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    Console replayed =
        play("replayed", "--replay", dir.resolve("chosen/decisions.json").toString());
    assertThat(replayed.exitCode()).as(replayed.err()).isZero();

    assertThat(chosen.out())
        .contains("Decision 2 of 3: flags")
        .contains("Scenario clock: Thu 31 Oct 2024 17:00 EDT (E-5)")
        .contains("The review backlog passes 60");
    assertThat(Files.readString(dir.resolve("chosen/decisions.json")))
        .contains("\"at\" : \"Thu 31 Oct 2024 17:00 EDT (E-5)\"");
    assertThat(Files.readString(dir.resolve("chosen/controller/msel.csv")))
        .contains("\"when backlog of trust-safety > 60, once\"")
        .contains("\"from 2024-10-26 09:00, when harm so far >= 350, once\"");
    for (String file : SAME_FILES) {
      assertThat(Files.readString(dir.resolve("replayed").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("chosen").resolve(file)));
    }
  }
}
