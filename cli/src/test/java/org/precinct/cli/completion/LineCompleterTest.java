package org.precinct.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.cli.Precinct;
import org.precinct.scenarios.BundledScenarios;

final class LineCompleterTest {

  private static Candidates complete(String... words) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return new LineCompleter(Precinct.newCommandLine(sink, sink).getCommandSpec())
        .complete(List.of(words));
  }

  @Test
  void theFirstWordCompletesToTheVisibleCommands() {
    assertThat(complete("").words())
        .contains("run", "compare", "completion", "help", "play")
        .doesNotContain("__complete");
    assertThat(complete("com").words()).containsExactly("compare", "completion");
  }

  @Test
  void whereAScenarioGoesTheBundledIdsAndFilesAreOffered() {
    Candidates candidates = complete("run", "");
    assertThat(candidates.words()).containsAll(ids());
    assertThat(candidates.files()).isTrue();
    assertThat(complete("show", "us-").words()).allMatch(id -> id.startsWith("us-")).isNotEmpty();
  }

  @Test
  void afterWithTheInterventionsOfTheScenarioOnTheLineAreOffered() {
    Candidates candidates = complete("run", "us-2024-general", "--with", "");
    assertThat(candidates.words()).contains("faster-suspension", "prompt-modifications");
    assertThat(candidates.files()).isFalse();
    assertThat(complete("compare", "--without", "fast").words())
        .containsExactly("faster-suspension");
  }

  @Test
  void aCommaListCompletesItsLastItemAndSkipsThoseAlreadyGiven() {
    List<String> words = complete("run", "-w", "faster-suspension,").words();
    assertThat(words).isNotEmpty().allMatch(w -> w.startsWith("faster-suspension,"));
    assertThat(words).doesNotContain("faster-suspension,faster-suspension");
  }

  @Test
  void anUnknownScenarioOffersNoInterventionsAndNoError() {
    assertThat(complete("run", "no-such-scenario", "--with", "").words()).isEmpty();
  }

  @Test
  void optionNamesOptionCandidatesAndFileOptionsComplete() {
    assertThat(complete("run", "--rep").words()).containsExactly("--replications");
    assertThat(complete("run", "--format", "p").words()).contains("png", "pdf");
    assertThat(complete("run", "--out", "").files()).isTrue();
    assertThat(complete("validate", "").files()).isTrue();
  }

  @Test
  void helpAndCompletionCompleteTheirOwnArguments() {
    assertThat(complete("help", "ru").words()).containsExactly("run");
    assertThat(complete("completion", "").words()).containsExactly("bash", "fish", "zsh");
  }

  @Test
  void theHiddenCommandPrintsOneCandidateALineAndTheFilesDirective() {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(new StringWriter());
    int code =
        Precinct.newCommandLine(new PrintWriter(out), err)
            .execute("__complete", "--", "run", "--with", "faster-susp");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly("faster-suspension");

    StringWriter files = new StringWriter();
    Precinct.newCommandLine(new PrintWriter(files), err).execute("__complete", "--", "run", "");
    assertThat(files.toString().lines()).contains(Candidates.FILES_DIRECTIVE).containsAll(ids());
  }

  private static List<String> ids() {
    return BundledScenarios.list().stream().map(BundledScenarios.BundledScenario::id).toList();
  }
}
