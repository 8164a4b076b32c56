package org.precinct.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.precinct.cli.report.ReportContent;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportWriter;

/** Writes the charts and the human report of a run into its staged folder. */
final class RunDocuments {
  private RunDocuments() {}

  static void write(Path dir, RunRequest request, Assessed run) {
    List<Chart> charts = ChartStep.render(run.result(), dir, request.chartFormats());
    ReportWriter.write(
        dir,
        ReportContent.view(
            run.result(),
            run.assessment(),
            request.scenario().metadata(),
            charts,
            filesAfterReport(dir)));
  }

  /** The files the folder will hold, including the report and run.json still to be written. */
  private static List<String> filesAfterReport(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Stream<String> present =
          files
              .filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString().replace('\\', '/'));
      return Stream.concat(present, Stream.of(ReportWriter.HTML, ReportWriter.MARKDOWN, "run.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
