package org.precinct.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.precinct.cli.output.ObjectiveText;
import org.precinct.cli.output.RunAssessment;
import org.precinct.cli.report.ReportView.ObjectiveRow;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.experiment.tabletop.Proportion;
import org.precinct.engine.result.ScenarioResult;

/** The report's objectives table: one row per objective, then all of them together. */
final class ObjectiveRows {
  private ObjectiveRows() {}

  static List<ObjectiveRow> of(RunAssessment assessment, ScenarioResult result) {
    if (!assessment.hasObjectives()) {
      return List.of();
    }
    List<ObjectiveRow> rows = new ArrayList<>();
    for (ObjectiveAssessment a : assessment.objectives().objectives()) {
      rows.add(
          new ObjectiveRow(
              a.objective().label(),
              a.metric().label() + " " + ObjectiveText.target(a),
              ObjectiveText.share(a.met()),
              ObjectiveText.bounds(a.met()),
              count(a.met()),
              ObjectiveText.value(result.metric(a.metric()))));
    }
    Proportion all = assessment.objectives().allMet();
    rows.add(
        new ObjectiveRow(
            "Every objective together",
            "all of the above in the same replication",
            ObjectiveText.share(all),
            ObjectiveText.bounds(all),
            count(all),
            ""));
    return rows;
  }

  private static String count(Proportion p) {
    return p.successes() + " of " + p.n();
  }
}
