package org.precinct.cli.experiment;

import java.util.List;
import org.precinct.cli.report.MarkingBanner;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;

/**
 * Everything an experiment report shows, in words and formatted numbers, so its Mustache templates
 * hold layout only; the same shape serves compare, attribute, sweep and sensitivity.
 *
 * @param title the headline
 * @param marking the handling marking, shown at the top and bottom
 * @param kind what sort of report this is, e.g. "Attribution report"
 * @param description the scenario's description
 * @param facts what was run, as label and value pairs
 * @param findings the answers, one sentence each, most important first
 * @param precision how precise the numbers are, in a sentence
 * @param charts the chart files
 * @param tables the detailed tables
 * @param method how the numbers were made, one paragraph each
 * @param assumptions the scenario's stated assumptions
 * @param files the files in the folder
 */
public record ExperimentReport(
    String title,
    String marking,
    String kind,
    String description,
    List<Fact> facts,
    List<String> findings,
    String precision,
    List<Chart> charts,
    List<ReportTable> tables,
    List<String> method,
    List<String> assumptions,
    List<String> files) {

  /** Copies the lists. */
  public ExperimentReport {
    facts = List.copyOf(facts);
    findings = List.copyOf(findings);
    charts = List.copyOf(charts);
    tables = List.copyOf(tables);
    method = List.copyOf(method);
    assumptions = List.copyOf(assumptions);
    files = List.copyOf(files);
  }

  /** Whether any chart was written. */
  public boolean hasCharts() {
    return !charts.isEmpty();
  }

  /** Whether the scenario states assumptions. */
  public boolean hasAssumptions() {
    return !assumptions.isEmpty();
  }

  /** Whether a marking was given. */
  public boolean hasMarking() {
    return !marking.isBlank();
  }

  /** The banner's text colour for the marking's TLP 2.0 level (white for CLEAR, on black). */
  public String markingColour() {
    return MarkingBanner.colour(marking);
  }
}
