package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays the three-decision test scenario interactively, with --choose, with --replay, and
 * interrupted then resumed, once each for the whole class (a session takes seconds).
 */
final class PlaySessionTest {
  static final String TYPED = "2\nnonsense\n\n1\n1\n";
  static final String CHOICES = "staffing=surge,flags=hold,suspension=faster";
  static final List<String> SAME_FILES =
      List.of(
          "decisions.json",
          "exercise.json",
          "report.md",
          "report.html",
          "controller/briefing.md",
          "controller/msel.csv",
          "controller/01-staffing.md",
          "controller/02-flags.md",
          "controller/03-suspension.md",
          "players/01-staffing/situation.md",
          "players/02-flags/situation.md",
          "players/03-suspension/situation.md");

  @TempDir static Path dir;
  static Console typed;
  static Console chosen;
  static Console replayed;
  static Console interrupted;
  static Console resumed;

  @BeforeAll
  static void play() {
    typed = play(TYPED, "typed");
    chosen = play("", "chosen", "--choose", CHOICES);
    replayed = play("", "replayed", "--replay", dir.resolve("typed/decisions.json").toString());
    interrupted = play("surge\n", "interrupted");
    resumed =
        play(
            "hold\nfaster\n",
            "resumed",
            "--replay",
            dir.resolve("interrupted/decisions.json").toString());
  }

  private static Console play(String input, String folder, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "play",
                Console.scenario(),
                "--out",
                dir.resolve(folder).toString(),
                "--format",
                "png"));
    if (more.length > 0 && more[0].equals("--replay")) {
      args.remove(1);
    }
    args.addAll(List.of(more));
    return Console.run(input, args.toArray(new String[0]));
  }

  @Test
  void aTypedSessionPlaysEveryDecisionToTheReport() {
    assertThat(typed.exitCode()).as(typed.err()).isZero();
    assertThat(typed.out())
        .contains("Decision 1 of 3: staffing", "Decision 2 of 3: flags", "Decision 3 of 3")
        .contains("No option 'nonsense'")
        .contains("Recorded: Surge two reviewers.")
        .contains("End of the exercise")
        .containsPattern("met in \\d+% \\(95% CI \\d+% to \\d+%\\) of replications");
    assertThat(dir.resolve("typed/charts/harm-over-time.png")).exists();
    assertThat(dir.resolve("typed/players/01-staffing/harm-so-far.png")).exists();
  }

  @Test
  void chooseAndReplayReproduceTheTypedSessionFileForFile() throws IOException {
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    assertThat(replayed.exitCode()).as(replayed.err()).isZero();
    for (String file : SAME_FILES) {
      String original = Files.readString(dir.resolve("typed").resolve(file));
      assertThat(Files.readString(dir.resolve("chosen").resolve(file)))
          .as(file)
          .isEqualTo(original);
      assertThat(Files.readString(dir.resolve("replayed").resolve(file)))
          .as(file)
          .isEqualTo(original);
    }
    byte[] pdf = Files.readAllBytes(dir.resolve("typed/report.pdf"));
    assertThat(Files.readAllBytes(dir.resolve("chosen/report.pdf"))).isEqualTo(pdf);
    assertThat(Files.readAllBytes(dir.resolve("replayed/report.pdf"))).isEqualTo(pdf);
  }

  @Test
  void aReplayCarriesTheNotesAndScoresTakenInTheRoom() throws IOException {
    Path room = dir.resolve("room");
    Files.createDirectories(room);
    Files.copy(dir.resolve("typed/decisions.json"), room.resolve("decisions.json"));
    RoomNotes notes = new RoomNotes(room.resolve(RoomNotes.FILE));
    notes.decision("staffing", "surge", "We surge now: the backlog doubles every night.");
    String inject =
        org.precinct.scenarios.ScenarioLoader.load(Path.of(Console.scenario()))
            .orThrow()
            .injects()
            .getFirst()
            .id();
    notes.expectation(inject, "partly", "Waits held, but only after a day.");
    Console again =
        play("", "room-replayed", "--replay", room.resolve("decisions.json").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(Files.readString(dir.resolve("room-replayed").resolve(RoomNotes.FILE)))
        .isEqualTo(Files.readString(room.resolve(RoomNotes.FILE)));
    String report = Files.readString(dir.resolve("room-replayed/report.md"));
    assertThat(report)
        .contains("We surge now: the backlog doubles every night.")
        .contains("Waits held, but only after a day.");
  }

  @Test
  void aReplayRefusesNotesThatAreNotANotesFile() throws IOException {
    Path room = dir.resolve("bad-notes");
    Files.createDirectories(room);
    Files.copy(dir.resolve("typed/decisions.json"), room.resolve("decisions.json"));
    Files.writeString(room.resolve(RoomNotes.FILE), "{\"format\": \"something-else\"}");
    Console again =
        play("", "bad-notes-replayed", "--replay", room.resolve("decisions.json").toString());
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.err()).contains("notes.json").contains("not a notes file");
    assertThat(again.err()).doesNotContain("Exception");
  }

  @Test
  void anInterruptedSessionKeepsItsChoicesAndResumesFromThem() throws IOException {
    assertThat(interrupted.exitCode()).isEqualTo(2);
    assertThat(interrupted.err()).contains("the input ended before a choice was made at flags");
    assertThat(Files.readString(dir.resolve("interrupted/decisions.json")))
        .contains("\"surge\"")
        .doesNotContain("\"flags\"");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(Files.readString(dir.resolve("resumed/exercise.json")))
        .isEqualTo(Files.readString(dir.resolve("typed/exercise.json")));
  }

  @Test
  void playersSeeNoLaterInjectNoAnswerKeyAndNoForkOutcomeBeforeChoosing() throws IOException {
    String[] beforeEachChoice = typed.out().split("Team's choice for ");
    assertThat(beforeEachChoice).hasSizeGreaterThanOrEqualTo(4);
    for (int k = 0; k < 3; k++) {
      assertNoAnswerKey(beforeEachChoice[k]);
      if (k < 2) {
        assertThat(beforeEachChoice[k]).doesNotContain("Zebra", "zebra");
      }
    }
    try (Stream<Path> files = Files.walk(dir.resolve("typed/players"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        assertNoAnswerKey(Files.readString(f));
      }
    }
    assertThat(Files.readString(dir.resolve("typed/players/02-flags/situation.md")))
        .doesNotContain("Zebra", "zebra");
    assertThat(Files.readString(dir.resolve("typed/controller/briefing.md")))
        .contains("Zebra", "Quokka", "Platypus", "narwhal", "harm-delivered at most 150");
    assertThat(Files.readString(dir.resolve("typed/controller/01-staffing.md")))
        .contains("; change ", "better in");
  }

  private static void assertNoAnswerKey(String text) {
    assertThat(text)
        .doesNotContain("Quokka", "Platypus", "narwhal", "axolotl")
        .doesNotContain(
            "harm-delivered at most", "share at least", "Expected outcome", "expected outcome")
        .doesNotContain("; change ", "better in", "would have");
  }
}
