package org.precinct.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.ScenarioRunner;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.BundledScenarios;

/** The report of a scenario of several elections reads each election with its intervals. */
final class ElectionReportTest {
  @TempDir Path dir;

  private static ReportView view(String id) {
    ScenarioSpec spec = BundledScenarios.load(id);
    ScenarioResult result =
        new ScenarioRunner(spec).run(RunPlan.defaults(spec).withReplications(4));
    return ReportContent.view(result, spec.metadata(), List.of(), List.of("summary.json"));
  }

  @Test
  void aYearOfElectionsHasARowPerElectionInBothTablesWithItsOwnDay() throws IOException {
    ReportView view = view("global-2024");
    assertThat(view.elections())
        .extracting(ReportView.ElectionRow::id)
        .containsExactly("india", "mexico", "eu-parliament", "uk", "us");
    assertThat(view.elections().get(0).day()).isEqualTo("2024-06-01");
    assertThat(view.elections().get(4).enforced24h()).matches("\\d+\\.\\d% \\(.* to .*\\)");
    ReportWriter.write(dir, view);
    String md = Files.readString(dir.resolve(ReportWriter.MARKDOWN));
    assertThat(md)
        .contains("## By election")
        .contains("| United States, general election (`us`) | 2024-11-05 |");
    String html = Files.readString(dir.resolve(ReportWriter.HTML));
    assertThat(html).contains("<h2>By election</h2>");
    assertThat(html.split("<code>uk</code>", -1)).hasSize(3);
  }

  @Test
  void aScenarioOfOneElectionHasNoElectionSection() throws IOException {
    ReportView view = view("donation-scam-ring");
    assertThat(view.elections()).isEmpty();
    ReportWriter.write(dir, view);
    assertThat(Files.readString(dir.resolve(ReportWriter.MARKDOWN))).doesNotContain("By election");
  }
}
