package org.precinct.cli.play;

import java.util.List;
import org.precinct.cli.report.MarkingBanner;

/**
 * Everything the after-action report shows, already in words and formatted numbers, so the Mustache
 * templates (report.md and report.html) hold layout only; shaped like a standard exercise
 * after-action report.
 *
 * @param marking the handling marking, at the top and bottom
 * @param facts what was played: scenario, seed, replications, choices
 * @param overview one paragraph on the exercise
 * @param objectives each objective: verdict and evidence
 * @param modules each module with objectives: every objective met together
 * @param allMet every objective met together, across the exercise
 * @param timeline injects and decisions in time order
 * @param decisions each decision: the choice, what it changed, what the others would have done
 * @param expectations every inject's expected outcome as scored by observers in the room
 * @param actions the improvement plan: the areas for improvement, to fill in with actions
 */
public record AfterActionView(
    String title,
    String marking,
    List<Fact> facts,
    String overview,
    List<ObjectiveRow> objectives,
    List<Fact> modules,
    String allMet,
    List<TimelineRow> timeline,
    List<DecisionSection> decisions,
    List<String> strengths,
    List<String> improvements,
    List<ExpectationRow> expectations,
    List<ActionRow> actions,
    List<Chart> charts,
    List<String> assumptions) {

  /** A label and its value. */
  public record Fact(String label, String value) {}

  /** One objective: target, verdict, share of replications met and the metric's evidence. */
  public record ObjectiveRow(
      String label, String scope, String target, String verdict, String met, String evidence) {}

  /** One moment of the exercise: an inject (with its expected outcome) or a decision. */
  public record TimelineRow(String when, String kind, String what, String detail) {}

  /** One decision in the debrief, with the options' table. */
  public record DecisionSection(
      String heading,
      String question,
      String chosen,
      String changed,
      List<String> alternatives,
      List<String> header,
      List<Row> rows,
      String note) {}

  /**
   * An inject's expected outcome as an observer scored it (met, partly met, not met, or not scored)
   * with the observer's note.
   */
  public record ExpectationRow(String inject, String expected, String rating, String note) {}

  /** A table row. */
  public record Row(List<String> cells) {}

  /**
   * A row of the improvement plan (HSEEP style): the area for improvement it comes from and its
   * status; the corrective action, owner and due date are left to fill in.
   */
  public record ActionRow(String number, String area, String status) {}

  /** A chart shown in the report, by its file relative to the report. */
  public record Chart(String title, String image) {}

  /** Whether there are assumptions to list. */
  public boolean hasAssumptions() {
    return !assumptions.isEmpty();
  }

  /** Whether a marking was given. */
  public boolean hasMarking() {
    return !marking.isEmpty();
  }

  /** The banner's text colour for the marking's TLP 2.0 level (white for CLEAR, on black). */
  public String markingColour() {
    return MarkingBanner.colour(marking);
  }
}
