package org.precinct.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.ElectionRow;
import org.precinct.engine.result.ElectionMarker;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.ScenarioResult;

/**
 * The report's rows of a scenario of several elections, from the breakdown table "elections": per
 * election, the harm that got through and how quickly its accounts were enforced against, each a
 * mean across replications with its 95% interval.
 */
final class ElectionRows {
  private ElectionRows() {}

  static List<ElectionRow> of(ScenarioResult result) {
    List<ElectionRow> rows = new ArrayList<>();
    var elections = result.metadata().elections();
    List<String> ids = new ArrayList<>();
    for (GroupSummary g : result.table("elections")) {
      if (!ids.contains(g.group())) {
        ids.add(g.group());
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      ElectionMarker marker = i < elections.size() ? elections.get(i) : null;
      String day = marker == null ? "" : result.metadata().electionDate(i).toString();
      rows.add(
          new ElectionRow(
              marker == null ? id : marker.label(),
              id,
              day,
              number(find(result, id, "harm-severity-weighted")),
              number(find(result, id, "harm-weighted-before-election")),
              number(find(result, id, "exposure-weighted-harm")),
              percent(find(result, id, "enforced-within-24h-share")),
              hours(find(result, id, "restricted-mean-hours-to-enforce")),
              number(find(result, id, "campaigns-disrupted-before-election")),
              hours(find(result, id, "mean-wait-hours")),
              number(find(result, id, "voters-misinformed-or-turned-away"))));
    }
    return rows;
  }

  private static GroupSummary find(ScenarioResult result, String group, String measure) {
    return result
        .table("elections")
        .detect(g -> g.group().equals(group) && g.measure().equals(measure));
  }

  private static String number(GroupSummary g) {
    return g == null
        ? "n/a"
        : String.format(Locale.ROOT, "%,.1f (%,.1f to %,.1f)", g.mean(), g.ciLow(), g.ciHigh());
  }

  private static String percent(GroupSummary g) {
    return g == null
        ? "n/a"
        : String.format(
            Locale.ROOT,
            "%.1f%% (%.1f%% to %.1f%%)",
            100 * g.mean(),
            100 * g.ciLow(),
            100 * g.ciHigh());
  }

  private static String hours(GroupSummary g) {
    return g == null
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f h (%.1f to %.1f)", g.mean(), g.ciLow(), g.ciHigh());
  }
}
