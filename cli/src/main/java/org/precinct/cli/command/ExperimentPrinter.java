package org.precinct.cli.command;

import java.io.PrintWriter;
import org.precinct.cli.experiment.ExperimentPipeline;
import org.precinct.cli.output.SummaryJson;
import org.precinct.cli.shard.PartialText;

/**
 * Prints what an experiment command leaves on stdout, as {@code precinct run} does: the summary
 * JSON with --json, only the folder with --quiet, else a few lines of results and the report path.
 */
final class ExperimentPrinter {

  private ExperimentPrinter() {}

  static void print(PrintWriter out, ConsoleOptions console, ExperimentPipeline.Outcome outcome) {
    if (outcome.shard() != null) {
      PartialText.print(
          out,
          console.json(),
          console.quiet(),
          outcome.shard(),
          outcome.folder(),
          outcome.cells(),
          -1,
          "simulation runs",
          outcome.facts().duration());
      return;
    }
    if (console.json()) {
      out.print(SummaryJson.text(outcome.document().summary()));
    } else if (console.quiet()) {
      out.println(outcome.folder());
    } else {
      outcome.document().print(out, outcome.folder());
    }
    out.flush();
  }
}
