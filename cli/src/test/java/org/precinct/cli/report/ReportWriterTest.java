package org.precinct.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.fixture.SampleResults;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;

final class ReportWriterTest {
  @TempDir Path dir;

  private ReportView view() {
    Chart chart =
        new Chart(
            "Time to enforcement",
            "charts/time-to-enforcement.png",
            List.of(new Fact("PNG", "charts/time-to-enforcement.png")));
    return ReportContent.view(
        SampleResults.result(), SampleResults.scenario(), List.of(chart), List.of("summary.json"));
  }

  @Test
  void theMarkdownReportCarriesTheMarkingAtTopAndBottom() throws IOException {
    ReportWriter.write(dir, view());

    List<String> lines = Files.readAllLines(dir.resolve(ReportWriter.MARKDOWN));
    assertThat(lines.get(0)).isEqualTo("> **TLP:AMBER**");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("> **TLP:AMBER**");
  }

  @Test
  void theReportStatesFindingsWithIntervalsAssumptionsAndCharts() throws IOException {
    ReportWriter.write(dir, view());

    String md = Files.readString(dir.resolve(ReportWriter.MARKDOWN));
    assertThat(md)
        .contains("# Sample <scenario>")
        .contains("of threat accounts were enforced against within 24 hours")
        .contains("95% CI")
        .contains("Classifier recall is an assumption.")
        .contains("![Time to enforcement](charts/time-to-enforcement.png)")
        .contains("With 40 replications");
  }

  @Test
  void theHtmlReportEscapesScenarioTextAndEmbedsTheCharts() throws IOException {
    ReportWriter.write(dir, view());

    String html = Files.readString(dir.resolve(ReportWriter.HTML));
    assertThat(html)
        .contains("<h1>Sample &lt;scenario&gt;</h1>")
        .contains("<img src=\"charts/time-to-enforcement.png\" alt=\"Time to enforcement\">")
        .contains("id=\"marking-top\" style=\"color: #FFC000\">TLP:AMBER<")
        .contains("id=\"marking-bottom\" style=\"color: #FFC000\">TLP:AMBER<");
  }

  @Test
  void aScenarioWithoutMarkingSaysSoInsteadOfLeavingItBlank() {
    assertThat(ReportContent.marking("")).contains("No handling marking given");
  }
}
