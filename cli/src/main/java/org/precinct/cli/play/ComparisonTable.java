package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.tabletop.DecisionComparison;
import org.precinct.engine.experiment.tabletop.ExerciseAssessment;
import org.precinct.engine.experiment.tabletop.MetricEffect;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.OptionEffect;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.result.Metric;

/**
 * The options of a decision side by side with carrying on: one row per headline metric, stated cost
 * and objective, one column per option; each option cell gives the value and the paired difference
 * with its interval. Controller material before the choice, debrief material after.
 *
 * @param header the column titles
 * @param rows the cells, row by row, each as long as the header
 */
record ComparisonTable(List<String> header, List<List<String>> rows) {

  /** The table of a comparison; {@code chosen} marks the chosen option ("" before the choice). */
  static ComparisonTable of(DecisionComparison c, String chosen) {
    List<String> header = new ArrayList<>();
    header.add("");
    header.add("Carry on (no change)");
    for (OptionEffect o : c.options()) {
      header.add(o.option().label() + (o.option().id().equals(chosen) ? " (chosen)" : ""));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(costRow(c));
    for (int m = 0; m < c.options().getFirst().effects().size(); m++) {
      rows.add(metricRow(c, m));
    }
    c.carryOnObjectives().objectives().forEachWithIndex((a, i) -> rows.add(objectiveRow(c, a, i)));
    rows.add(allMetRow(c));
    return new ComparisonTable(List.copyOf(header), List.copyOf(rows));
  }

  private static List<String> costRow(DecisionComparison c) {
    List<String> row = new ArrayList<>();
    row.add("Stated cost to the end");
    row.add("0");
    c.options().forEach(o -> row.add(PlayText.cost(o.cost())));
    return row;
  }

  private static List<String> metricRow(DecisionComparison c, int index) {
    Metric metric = c.options().getFirst().effects().get(index).metric();
    List<String> row = new ArrayList<>();
    row.add(metric.label() + (metric.lowerIsBetter() ? " (lower is better)" : ""));
    row.add(PlayText.estimate(metric, Estimate.of(c.carryOn().values(metric))));
    for (OptionEffect o : c.options()) {
      MetricEffect e = o.effects().get(index);
      row.add(
          PlayText.value(metric, e.value().mean())
              + "; change "
              + PlayText.difference(metric, e.difference())
              + "; better in "
              + PlayText.percent(e.betterShare()));
    }
    return row;
  }

  private static List<String> objectiveRow(
      DecisionComparison c, ObjectiveAssessment carryOn, int index) {
    List<String> row = new ArrayList<>();
    row.add("Objective met: " + carryOn.objective().label());
    row.add(PlayText.proportion(carryOn.met()));
    c.options().forEach(o -> row.add(PlayText.proportion(met(o.objectives(), index))));
    return row;
  }

  private static List<String> allMetRow(DecisionComparison c) {
    List<String> row = new ArrayList<>();
    row.add("Every objective met");
    row.add(PlayText.proportion(c.carryOnObjectives().allMet()));
    c.options().forEach(o -> row.add(PlayText.proportion(o.objectives().allMet())));
    return row;
  }

  private static Proportion met(ExerciseAssessment a, int index) {
    return a.objectives().get(index).met();
  }

  /** The table as Markdown lines. */
  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("| " + String.join(" | ", header) + " |");
    lines.add("|" + "---|".repeat(header.size()));
    rows.forEach(r -> lines.add("| " + String.join(" | ", r) + " |"));
    return lines;
  }
}
