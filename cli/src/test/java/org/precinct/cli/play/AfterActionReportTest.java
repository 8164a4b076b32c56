package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.play.AfterActionView.ActionRow;
import org.precinct.cli.play.AfterActionView.DecisionSection;
import org.precinct.cli.play.AfterActionView.ExpectationRow;
import org.precinct.cli.play.AfterActionView.Fact;
import org.precinct.cli.play.AfterActionView.ObjectiveRow;
import org.precinct.cli.play.AfterActionView.Row;
import org.precinct.cli.play.AfterActionView.TimelineRow;

/**
 * The after-action report in HTML and PDF carries the team's notes with their decision, every
 * inject's score and the improvement plan, keeps its text on the page, and is the same bytes for
 * the same exercise.
 */
final class AfterActionReportTest {
  static final String NOTE =
      "We opened the network case because legal wanted it documented & <fast>.";
  static final String OBSERVER = "Flags climbed within the hour; cases opened late.";
  static final String AREA =
      "Enforce against 40% of abusive accounts within 24 hours: met in 45% of replications.";

  @TempDir Path dir;

  @Test
  void theHtmlShowsTheNotesWithTheirDecisionTheScoresAndTheImprovementPlan() throws IOException {
    AfterActionReport.write(dir, view());
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html.indexOf("The team's notes:"))
        .isGreaterThan(html.indexOf("treat-as-network"))
        .isLessThan(html.indexOf("surge-reviewers"));
    assertThat(html)
        .contains(
            "We opened the network case because legal wanted it documented &amp; &lt;fast&gt;.")
        .contains("<td>Partly met</td><td>" + OBSERVER + "</td>")
        .contains("<td>Not scored</td>")
        .contains("<h2>Improvement plan</h2>")
        .contains(
            "Area for improvement</th><th class=\"w27\">Corrective action</th><th class=\"w12\">Owner</th>"
                + "<th class=\"w11\">Due date</th><th class=\"w11\">Status</th>")
        .contains("<td>1</td><td>" + AREA + "</td>")
        .contains("<td>Open</td>");
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("The team's notes: " + NOTE)
        .contains("| Partly met | " + OBSERVER + " |")
        .contains("| # | Area for improvement | Corrective action | Owner | Due date | Status |")
        .contains("| 1 | " + AREA + " | | | | Open |");
  }

  @Test
  void thePdfSaysTheSameNotesScoresAndPlanWithTheMarkingAtTopAndBottomOfEveryPage()
      throws IOException {
    AfterActionReport.write(dir, view());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(AfterActionPdf.FILE).toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("The team's notes: " + NOTE)
          .contains("Expected outcomes, as scored in the room")
          .contains("Partly met")
          .contains(OBSERVER)
          .contains("Not scored")
          .contains("Improvement plan")
          .contains("Area for improvement Corrective action Owner Due date Status")
          .contains(AREA)
          .contains("Open");
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(page);
        one.setEndPage(page);
        assertThat(one.getText(pdf).split("TLP:AMBER", -1)).as("page " + page).hasSize(3);
      }
    }
  }

  @Test
  void noTextOfThePdfRunsOffThePageOrIntoItsMargins() throws IOException {
    AfterActionReport.write(dir, view());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(AfterActionPdf.FILE).toFile())) {
      List<String> outside = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              PDRectangle box = getCurrentPage().getMediaBox();
              for (TextPosition p : positions) {
                float margin = 20; // the report's margins are 12 mm (34 pt) at the sides
                if (p.getXDirAdj() < margin
                    || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() - margin
                    || p.getYDirAdj() > box.getHeight()) {
                  outside.add(text);
                  return;
                }
              }
            }
          };
      stripper.getText(pdf);
      assertThat(outside).isEmpty();
    }
  }

  @Test
  void theSameExerciseWritesTheSamePdfBytes() throws IOException {
    AfterActionReport.write(Files.createDirectory(dir.resolve("a")), view());
    AfterActionReport.write(Files.createDirectory(dir.resolve("b")), view());
    assertThat(Files.readAllBytes(dir.resolve("b/report.pdf")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/report.pdf")));
  }

  /** A report like the bundled exercise's: wide comparison tables and long cells. */
  static AfterActionView view() {
    List<String> header =
        List.of(
            "",
            "Carry on (no change)",
            "Keep working account by account",
            "Open a network case now (chosen)",
            "Network case with pre-approved takedown");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      rows.add(
          new Row(
              List.of(
                  "Weighted harm delivered through election day (lower is better)",
                  "1,172 (95% CI 1,128 to 1,216)",
                  "1,172; change 0; better in 0%",
                  "1,112; change -59.9 (95% CI -87.4 to -32.5); better in 67%",
                  "1,024; change -148 (95% CI -177 to -119); better in 85%")));
    }
    List<DecisionSection> decisions = new ArrayList<>();
    for (String id : List.of("treat-as-network", "surge-reviewers")) {
      decisions.add(
          new DecisionSection(
              "Thu 31 Oct 18:00 (E-5): " + id,
              "Ten hours in, about thirty accounts are flagged. How do you treat them?",
              "Open a network case now",
              "Against carrying on, choosing it changed harm by -59.9 (95% CI -87.4 to -32.5).",
              List.of("Keep working account by account would have given harm of 1,172."),
              header,
              rows,
              id.equals("treat-as-network") ? NOTE : ""));
    }
    return new AfterActionView(
        "Late-breaking coordinated influence operation",
        "TLP:AMBER",
        List.of(new Fact("Scenario", "late-influence-operation"), new Fact("Seed", "5")),
        "The team played the exercise with 3 injects and 3 decisions.",
        List.of(
            new ObjectiveRow(
                "Enforce against 40% of abusive accounts within 24 hours",
                "response",
                "Enforce against 40% of abusive accounts within 24 hours"
                    + " (enforced-within-24h-share at least 0.40)",
                "Not met",
                "45% (95% CI 36% to 55%)",
                "Accounts enforced within 24 h: 40.6% (95% CI 38.3% to 43.0%) against 40.0%")),
        List.of(new Fact("Response (E-3 to election day)", "45% (95% CI 36% to 55%)")),
        "1% (95% CI 0% to 5%)",
        List.of(
            new TimelineRow(
                "Thu 31 Oct 08:00 (E-5)",
                "Inject",
                "A coordinated influence operation starts",
                "Forty accounts start asking for posts claiming that polling places have moved.")),
        decisions,
        List.of("Keep wrongful enforcement of benign users under 5: met in 100%."),
        List.of(AREA, "At treat-as-network, the pre-approved takedown would have done better."),
        List.of(
            new ExpectationRow(
                "A coordinated influence operation starts",
                "Classifier flags climb within hours; the first account cases open by evening.",
                "Partly met",
                OBSERVER),
            new ExpectationRow("Polls open", "Backlog stays inside the SLA.", "Not scored", "")),
        List.of(
            new ActionRow("1", AREA, "Open"),
            new ActionRow("2", "At treat-as-network, the takedown would have done better.", "Open"),
            new ActionRow("3", "", "")),
        List.of(),
        List.of("Reviewers work in shifts of eight hours."));
  }
}
