package org.precinct.cli.report;

import java.nio.file.Path;

/** Renders a run's report.md and report.html from their Mustache templates. */
public final class ReportWriter {
  /** The Markdown report's file name. */
  public static final String MARKDOWN = ReportTemplates.MARKDOWN;

  /** The HTML report's file name. */
  public static final String HTML = ReportTemplates.HTML;

  private ReportWriter() {}

  /** Writes both reports into {@code folder}. */
  public static void write(Path folder, ReportView view) {
    ReportTemplates.writePair("org/precinct/cli/report/", "report", folder, view);
  }
}
