package org.precinct.cli.play;

import java.nio.file.Path;
import org.precinct.cli.report.ReportTemplates;

/**
 * Writes the after-action report, report.md and report.html from their Mustache templates (HTML is
 * escaped, Markdown is written as is), and report.pdf laid out from the HTML.
 */
final class AfterActionReport {
  private static final String TEMPLATES = "org/precinct/cli/play/";

  private AfterActionReport() {}

  /** Writes the three files into {@code folder}. */
  static void write(Path folder, AfterActionView view) {
    ReportTemplates.writePair(TEMPLATES, "aar", folder, view);
    AfterActionPdf.write(folder);
  }
}
