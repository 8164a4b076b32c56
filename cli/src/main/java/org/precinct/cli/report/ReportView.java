package org.precinct.cli.report;

import java.util.List;

/**
 * Everything the report templates show, already in words and formatted numbers, so the Mustache
 * templates hold layout only.
 *
 * @param marking the handling marking, shown at the top and bottom
 * @param facts what was run, as label and value pairs
 * @param findings the headline sentences
 * @param precision whether the replications were enough, in a sentence
 * @param objectives the exercise objectives' rows, the last for all of them together (none: empty)
 * @param charts the chart files, relative to the report
 */
public record ReportView(
    String title,
    String marking,
    String description,
    List<String> assumptions,
    List<Fact> facts,
    List<Finding> findings,
    String precision,
    List<ObjectiveRow> objectives,
    List<Chart> charts,
    List<MetricRow> metrics,
    List<CampaignRow> campaigns,
    List<BreakdownRow> breakdowns,
    List<WaitRow> waits,
    List<String> files,
    List<ElectionRow> elections) {

  /**
   * One election of a scenario of several: its harm (severity-weighted, weighted up to its own
   * election day's end, exposure-weighted), enforcement speed, campaigns disrupted before its day
   * and its cases' mean review wait, each "mean (95% CI)".
   */
  public record ElectionRow(
      String label,
      String id,
      String day,
      String harm,
      String harmBefore,
      String exposure,
      String enforced24h,
      String timeToEnforce,
      String disrupted,
      String meanWait,
      String voters) {}

  /** Whether the run's scenario holds several elections. */
  public boolean hasElections() {
    return !elections.isEmpty();
  }

  /**
   * One class of review work and its waits: a queue's election or background work, a priority
   * level, a campaign or a policy category; means across replications with 95% intervals.
   */
  public record WaitRow(
      String breakdown,
      String group,
      String meanWait,
      String meanWaitInterval,
      String slaMet,
      String slaMetInterval,
      String reviews) {}

  /** Whether the run reports review waits by class. */
  public boolean hasWaits() {
    return !waits.isEmpty();
  }

  /** One row of a breakdown table (parity by side, outcomes by question), formatted. */
  public record BreakdownRow(
      String table, String group, String measure, String mean, String interval) {}

  /**
   * One exercise objective across the replications: the share that met its target with a 95% Wilson
   * interval, and its metric's mean with a 95% interval (empty for the all-together row).
   */
  public record ObjectiveRow(
      String label, String target, String met, String interval, String count, String value) {}

  /** Whether the scenario has exercise objectives. */
  public boolean hasObjectives() {
    return !objectives.isEmpty();
  }

  /** Whether the scenario has breakdown tables (a voter side). */
  public boolean hasBreakdowns() {
    return !breakdowns.isEmpty();
  }

  /** A label and its value, e.g. "Seed" and "20241105". */
  public record Fact(String label, String value) {}

  /** One headline metric said in words. */
  public record Finding(String label, String sentence, boolean precise) {}

  /**
   * One chart: a title, the file shown inline (PNG or SVG; empty when only PDF was written) and
   * links to every format written.
   */
  public record Chart(String title, String image, List<Fact> links) {
    /** Whether an inline image exists. */
    public boolean hasImage() {
      return !image.isEmpty();
    }
  }

  /** One metric across replications, formatted. */
  public record MetricRow(
      String label, String id, String mean, String interval, String median, String range) {}

  /** One campaign's fate, formatted. */
  public record CampaignRow(
      String label,
      String category,
      String channel,
      String detection,
      String enforcement,
      String disruption,
      String disrupted) {}

  /** Whether a marking was given. */
  public boolean hasAssumptions() {
    return !assumptions.isEmpty();
  }

  /** Whether the chart list is non-empty. */
  public boolean hasCharts() {
    return !charts.isEmpty();
  }

  /** The banner's text colour for the marking's TLP 2.0 level (white for CLEAR, on black). */
  public String markingColour() {
    return MarkingBanner.colour(marking);
  }
}
