package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TerminalTextTest {
  private final TerminalText text = new TerminalText(30);

  @Test
  void paragraphsWrapAtTheWidthBetweenWords() {
    List<String> lines =
        text.render(List.of("The review backlog has doubled since yesterday, and the team must"));
    assertThat(lines)
        .containsExactly("The review backlog has doubled", "since yesterday, and the team", "must");
  }

  @Test
  void aWordLongerThanTheWidthStandsWholeOnItsOwnLine() {
    String path = "players/01-treat-as-network/harm-so-far.png";
    assertThat(text.render(List.of("Charts so far: " + path + ", next")))
        .containsExactly("Charts so far:", path + ",", "next");
  }

  @Test
  void headingsAreUnderlinedAndTheTitleIsInCapitals() {
    assertThat(text.render(List.of("# Late influence", "## Decision 1", "### Injects")))
        .containsExactly(
            "LATE INFLUENCE", "==============", "Decision 1", "==========", "Injects", "-------");
  }

  @Test
  void boldCodeAndLinksLoseTheirMarks() {
    assertThat(text.render(List.of("1. **Open a case** (`network-case`) [report](report.html)")))
        .containsExactly("1. Open a case (network-case)", "   report (report.html)");
  }

  @Test
  void listItemsWrapWithAHangingIndent() {
    assertThat(text.render(List.of("- Harmful outputs delivered: 38.1 (95% CI 36.6 to 39.6)")))
        .containsExactly("- Harmful outputs delivered:", "  38.1 (95% CI 36.6 to 39.6)");
    assertThat(text.render(List.of("  - Discuss: who owns the call to act?")))
        .containsExactly("  - Discuss: who owns the call", "    to act?");
  }

  @Test
  void aTableBecomesAlignedColumnsWithNumbersOnTheRight() {
    List<String> lines =
        text.render(
            List.of(
                "| Campaign | Started |",
                "|---|---:|",
                "| Domestic | 100% |",
                "| Influence | 5% |"));
    assertThat(lines)
        .containsExactly(
            "Campaign   Started", "---------  -------", "Domestic      100%", "Influence       5%");
  }

  @Test
  void aWideTableWrapsItsWidestCellsWithinTheirColumns() {
    List<String> lines =
        text.render(
            List.of(
                "| | Carry on |",
                "|---|---|",
                "| Weighted harm delivered through election day | 1,172 (95% CI 1,128 to 1,216) |"));
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
    assertThat(lines.get(0)).isEqualTo(" ".repeat(16) + "Carry on");
    assertThat(String.join(" ", lines)).contains("Weighted").contains("1,216)");
  }

  @Test
  void aTableTooWideForColumnsBecomesOneBlockPerRow() {
    List<String> lines =
        new TerminalText(20)
            .render(
                List.of(
                    "| Campaign | Started | Detected | Disrupted |",
                    "|---|---:|---:|---:|",
                    "| Influence operation | 100% | 90% | 1% |"));
    assertThat(lines)
        .containsExactly(
            "Influence operation", "  - Started: 100%", "  - Detected: 90%", "  - Disrupted: 1%");
  }

  @Test
  void theWidthComesFromColumnsAndDefaultsTo80() {
    assertThat(TerminalText.of(Map.of("COLUMNS", "60")).width()).isEqualTo(60);
    assertThat(TerminalText.of(Map.of()).width()).isEqualTo(80);
    assertThat(TerminalText.of(Map.of("COLUMNS", "wide")).width()).isEqualTo(80);
    assertThat(TerminalText.of(Map.of("COLUMNS", "5")).width()).isEqualTo(20);
  }
}
