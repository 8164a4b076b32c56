package org.precinct.cli.experiment;

import java.nio.file.Path;
import org.precinct.cli.report.ReportTemplates;

/**
 * Renders an experiment's report.md and report.html from their Mustache templates, with the same
 * file names and look as a run's report.
 */
final class ExperimentReportWriter {
  static final String MARKDOWN = ReportTemplates.MARKDOWN;
  static final String HTML = ReportTemplates.HTML;

  private ExperimentReportWriter() {}

  static void write(Path folder, ExperimentReport report) {
    ReportTemplates.writePair("org/precinct/cli/experiment/", "experiment", folder, report);
  }
}
