package org.precinct.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.WaitRow;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.ScenarioResult;

/**
 * The report's review-wait rows from the breakdown tables: each queue's election work and its
 * background work, then by priority level, campaign and policy category.
 */
final class WaitRows {
  private WaitRows() {}

  static List<WaitRow> of(ScenarioResult result) {
    List<WaitRow> rows = new ArrayList<>();
    for (GroupSummary g : result.table("review-queues")) {
      if (g.measure().equals("mean-wait-hours")) {
        rows.add(row(result, "Queue, election work", "review-queues", g.group(), ""));
      }
      if (g.measure().equals("background-mean-wait-hours")) {
        rows.add(row(result, "Queue, background work", "review-queues", g.group(), "background-"));
      }
    }
    add(rows, result, "Priority level", "waits-by-priority");
    add(rows, result, "Campaign", "waits-by-campaign");
    add(rows, result, "Policy category", "waits-by-category");
    return rows;
  }

  private static void add(List<WaitRow> rows, ScenarioResult result, String label, String table) {
    for (GroupSummary g : result.table(table)) {
      if (g.measure().equals("mean-wait-hours")) {
        rows.add(row(result, label, table, g.group(), ""));
      }
    }
  }

  private static WaitRow row(
      ScenarioResult result, String label, String table, String group, String prefix) {
    GroupSummary wait = find(result, table, group, prefix + "mean-wait-hours");
    GroupSummary sla = find(result, table, group, prefix + "sla-met-share");
    GroupSummary reviews = find(result, table, group, prefix + "reviews-started");
    return new WaitRow(
        label,
        group,
        hours(wait == null ? Double.NaN : wait.mean()),
        wait == null ? "n/a" : hours(wait.ciLow()) + " to " + hours(wait.ciHigh()),
        percent(sla == null ? Double.NaN : sla.mean()),
        sla == null ? "n/a" : percent(sla.ciLow()) + " to " + percent(sla.ciHigh()),
        reviews == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", reviews.mean()));
  }

  private static GroupSummary find(
      ScenarioResult result, String table, String group, String measure) {
    return result.table(table).detect(g -> g.group().equals(group) && g.measure().equals(measure));
  }

  private static String hours(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f h", value) : "n/a";
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "n/a";
  }
}
