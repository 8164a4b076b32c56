package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.precinct.cli.report.ReportView.Chart;

/**
 * The outputs of one finished experiment, each derived from its summary only: the JSON summary, the
 * tidy CSV tables, the charts, the report and the few lines printed on the terminal.
 */
public interface ExperimentDocument {

  /** The content of summary.json. */
  ObjectNode summary();

  /** Writes the experiment's CSV tables into {@code folder}. */
  void writeTables(Path folder);

  /** The charts to draw, in report order. */
  List<ExperimentChart> charts();

  /** The report, given the charts written and the files the folder will hold. */
  ExperimentReport report(List<Chart> charts, List<String> files);

  /** Prints the short terminal summary. */
  void print(PrintWriter out, Path folder);
}
