package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import org.precinct.engine.experiment.tabletop.DecisionStop;
import org.precinct.engine.experiment.tabletop.ObjectiveProgress;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * What the controller sees, as Markdown lines: the full events list with expected outcomes and
 * learning points, the objectives with their targets, and at each stop what every option would do
 * against carrying on (forked from the same state with the same random numbers).
 */
final class ControllerView {
  private final ScenarioSpec scenario;

  ControllerView(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** The controller's briefing before play: the MSEL, the objectives and the decisions. */
  List<String> briefing() {
    List<String> lines = new ArrayList<>();
    lines.add("# Controller briefing: " + scenario.metadata().title());
    lines.add("");
    lines.add("Controller material: keep it from the players until the debrief.");
    lines.add("");
    lines.add("## Events list (MSEL)");
    lines.add("");
    for (MselEvent e : MselEvent.of(scenario)) {
      lines.addAll(event(e));
    }
    lines.addAll(objectives());
    lines.add("## Decision points");
    lines.add("");
    for (DecisionPointSpec d :
        scenario.decisionPoints().toSortedListBy(DecisionPointSpec::atTicks)) {
      String when =
          d.isTriggered()
              ? (d.atTicks() > 0
                      ? "from " + PlayText.moment(scenario.timeline(), d.atTicks()) + ", "
                      : "")
                  + d.trigger().describe()
              : PlayText.moment(scenario.timeline(), d.atTicks());
      lines.add("- " + when + ": " + d.question());
      for (DecisionOptionSpec o : d.options()) {
        String description = o.description().strip();
        lines.add(
            "  - `"
                + o.id()
                + "`: "
                + o.label()
                + (description.isEmpty() ? "" : ". " + description));
      }
    }
    lines.add("");
    return lines;
  }

  private List<String> event(MselEvent e) {
    List<String> lines = new ArrayList<>();
    lines.add(
        e.number()
            + ". "
            + (e.trigger().isEmpty()
                ? PlayText.moment(scenario.timeline(), e.atTicks())
                : (e.atTicks() > 0
                        ? "from " + PlayText.moment(scenario.timeline(), e.atTicks()) + ", "
                        : "")
                    + e.trigger())
            + ": **"
            + e.title()
            + "**  ");
    lines.add("   " + e.narrative());
    if (!e.expectedOutcome().isEmpty()) {
      lines.add("   - Expected outcome: " + e.expectedOutcome());
    }
    e.objectives().forEach(o -> lines.add("   - Objective: " + o));
    e.learningPoints().forEach(p -> lines.add("   - Learning point: " + p));
    return lines;
  }

  private List<String> objectives() {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("## Objectives and targets");
    lines.add("");
    for (ObjectiveSpec o : scenario.exercise().objectives()) {
      String module = o.moduleId().isEmpty() ? "whole exercise" : "module " + o.moduleId();
      lines.add("- " + MselEvent.objectiveText(o) + ", " + module);
    }
    lines.add("");
    return lines;
  }

  /** The controller's notes at a stop, before the team chooses. */
  List<String> stop(String heading, DecisionStop stop) {
    List<String> lines = new ArrayList<>();
    lines.add("## Controller: " + heading);
    lines.add("");
    for (InjectSpec i : stop.injectsSince()) {
      lines.add("- " + i.title() + ": expected outcome: " + i.expectedOutcome());
      i.learningPoints().forEach(p -> lines.add("  - Learning point: " + p));
    }
    for (ObjectiveProgress p : stop.situation().objectives()) {
      lines.add("- " + p.objective().label() + ": " + PlayerView.status(p, true));
    }
    lines.add("");
    lines.add(
        "What each option would do by the end, against carrying on (forked from this moment with"
            + " the same random numbers; mean, paired change with its 95% CI, and the share of"
            + " replications in which the option did better):");
    lines.add("");
    lines.addAll(ComparisonTable.of(stop.comparison(), "").markdown());
    lines.add("");
    return lines;
  }
}
