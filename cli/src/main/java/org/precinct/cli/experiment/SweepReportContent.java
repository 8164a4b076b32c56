package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MetricSweep;
import org.precinct.engine.experiment.SweepParameter;
import org.precinct.engine.experiment.SweepResult;
import org.precinct.engine.experiment.SweepSummary;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The sweep report in words: the best grid point and how far it is from the worst, the grid as a
 * table with intervals, and the costs at every point.
 */
final class SweepReportContent {

  private final SweepSummary summary;
  private final ScenarioSpec scenario;
  private final SweepDocument document;
  private final Metric metric;

  SweepReportContent(SweepSummary summary, ScenarioSpec scenario, SweepDocument document) {
    this.summary = summary;
    this.scenario = scenario;
    this.document = document;
    this.metric = summary.metric();
  }

  static String pointText(SweepSummary summary, double[] values) {
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < values.length; a++) {
      parts.add(
          ParameterPathIndex.path(summary.parameters().get(a).ref()) + " = " + trim(values[a]));
    }
    return String.join(", ", parts);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ExperimentReport(
        "Sweep of "
            + summary
                .parameters()
                .collect(p -> ParameterPathIndex.path(p.ref()))
                .makeString(" and ")
            + ": "
            + scenario.metadata().title(),
        scenario.metadata().marking(),
        "sweep report",
        scenario.metadata().description(),
        facts(),
        findings(),
        String.format(
            Locale.ROOT,
            "Every grid point ran %d replications; the widest 95%% CI half-width is %s %s.",
            summary.precision().replications(),
            EffectText.value(
                metric, summary.result().cells().collectDouble(Estimate::halfWidth).max()),
            metric.unit()),
        charts,
        List.of(pointsTable()),
        List.of(
            "Every grid point ran in the same replications with the same random streams (common"
                + " random numbers), so neighbouring points differ by the parameters, not by luck;"
                + " each parameter is set from the start of the run, overriding the scenario's"
                + " value and any per-replication draw. The grid is evaluated, not optimised: the"
                + " best point is the best of those run. Methods and limits: docs/experiments.md."),
        scenario.metadata().assumptions().castToList(),
        files);
  }

  private List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "Scenario", summary.metadata().title() + " (" + summary.metadata().scenarioId() + ")"));
    facts.add(new Fact("Metric", metric.label() + " (" + metric.id() + ", " + metric.unit() + ")"));
    for (SweepParameter p : summary.parameters()) {
      facts.add(
          new Fact(
              "Parameter",
              ParameterPathIndex.path(p.ref())
                  + ": "
                  + p.ref().parameter().description()
                  + "; values "
                  + java.util.Arrays.toString(p.axis().values())));
    }
    facts.add(new Fact("Interventions on", summary.metadata().interventionsOn().makeString(", ")));
    facts.add(new Fact("Replications", summary.precision().replications() + " per grid point"));
    facts.add(new Fact("Simulation runs", String.format(Locale.ROOT, "%,d", summary.runs())));
    facts.add(new Fact("Seed", String.valueOf(summary.metadata().seed())));
    facts.add(new Fact("Precinct version", summary.metadata().precinctVersion()));
    facts.add(new Fact("Scenario SHA-256", summary.metadata().scenarioHash()));
    return facts;
  }

  private List<String> findings() {
    SweepResult result = summary.result();
    int best = result.bestIndex();
    int worst = worstIndex(result);
    Estimate atBest = result.cells().get(best);
    Estimate atWorst = result.cells().get(worst);
    boolean distinct = atBest.ciHigh() < atWorst.ciLow() || atWorst.ciHigh() < atBest.ciLow();
    return List.of(
        "The best point on the grid is "
            + pointText(summary, document.values(best))
            + ": "
            + lower(metric.label())
            + " "
            + EffectText.withInterval(metric, atBest)
            + ".",
        "The worst is "
            + pointText(summary, document.values(worst))
            + ": "
            + EffectText.withInterval(metric, atWorst)
            + "; "
            + (distinct
                ? "the two intervals do not overlap, so the parameters matter over this range."
                : "the two intervals overlap, so this range of the parameters makes no difference"
                    + " these replications can show."),
        "At the best point, " + costsAt(best) + ".");
  }

  private String costsAt(int k) {
    List<String> parts = new ArrayList<>();
    for (MetricSweep side : summary.sideEffects()) {
      parts.add(
          lower(side.metric().label())
              + " "
              + EffectText.value(side.metric(), side.result().cells().get(k).mean()));
    }
    return String.join(", ", parts);
  }

  private int worstIndex(SweepResult result) {
    int worst = 0;
    for (int k = 1; k < result.cells().size(); k++) {
      if (result
          .direction()
          .isBetter(result.cells().get(worst).mean(), result.cells().get(k).mean())) {
        worst = k;
      }
    }
    return worst;
  }

  private ReportTable pointsTable() {
    List<String> header = new ArrayList<>();
    summary.parameters().forEach(p -> header.add(ParameterPathIndex.path(p.ref())));
    header.add(metric.label() + " (95% CI)");
    summary.sideEffects().forEach(s -> header.add(s.metric().label()));
    List<ReportTable.Row> rows = new ArrayList<>();
    for (int k = 0; k < summary.result().cells().size(); k++) {
      List<String> cells = new ArrayList<>();
      for (double v : document.values(k)) {
        cells.add(trim(v));
      }
      cells.add(EffectText.withInterval(metric, summary.result().cells().get(k)));
      for (MetricSweep side : summary.sideEffects()) {
        cells.add(EffectText.value(side.metric(), side.result().cells().get(k).mean()));
      }
      rows.add(new ReportTable.Row(cells));
    }
    return new ReportTable(
        "Grid",
        "The metric at every grid point with its 95% CI, and the mean of each cost there.",
        header,
        rows);
  }

  private static String lower(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
