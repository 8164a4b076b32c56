package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.experiment.SensitivityResult;
import org.precinct.engine.experiment.SensitivitySummary;
import org.precinct.engine.experiment.TornadoBar;
import org.precinct.engine.experiment.VarianceShare;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The sensitivity report in words: which assumption moves the answer most and in which direction,
 * how much of the spread each explains when all vary together, and how much is simulation noise.
 */
final class SensitivityReportContent {

  private final SensitivitySummary summary;
  private final ScenarioSpec scenario;
  private final SensitivityDocument document;
  private final Metric metric;

  SensitivityReportContent(
      SensitivitySummary summary, ScenarioSpec scenario, SensitivityDocument document) {
    this.summary = summary;
    this.scenario = scenario;
    this.document = document;
    this.metric = summary.metric();
  }

  ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ExperimentReport(
        "Which assumptions drive the answer: " + scenario.metadata().title(),
        scenario.metadata().marking(),
        "sensitivity report",
        scenario.metadata().description(),
        facts(),
        findings(),
        String.format(
            Locale.ROOT,
            "Each tornado swing rests on %d paired replications; the widest 95%% CI half-width is"
                + " %s %s. The variance shares rest on %d Latin hypercube points.",
            summary.precision().replications(),
            EffectText.value(metric, summary.precision().achievedHalfWidth()),
            metric.unit(),
            summary.result().hypercubePoints()),
        charts,
        List.of(tornadoTable(), sharesTable()),
        method(),
        scenario.metadata().assumptions().castToList(),
        files);
  }

  private List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "Scenario", summary.metadata().title() + " (" + summary.metadata().scenarioId() + ")"));
    facts.add(new Fact("Metric", metric.label() + " (" + metric.id() + ", " + metric.unit() + ")"));
    facts.add(new Fact("Uncertain parameters", String.valueOf(summary.parameters().size())));
    facts.add(new Fact("Interventions on", summary.metadata().interventionsOn().makeString(", ")));
    facts.add(
        new Fact("Replications", summary.precision().replications() + " per tornado variant"));
    facts.add(
        new Fact("Latin hypercube points", String.valueOf(summary.result().hypercubePoints())));
    facts.add(new Fact("Simulation runs", String.format(Locale.ROOT, "%,d", summary.runs())));
    facts.add(new Fact("Seed", String.valueOf(summary.metadata().seed())));
    facts.add(new Fact("Precinct version", summary.metadata().precinctVersion()));
    facts.add(new Fact("Scenario SHA-256", summary.metadata().scenarioHash()));
    return facts;
  }

  private List<String> findings() {
    SensitivityResult result = summary.result();
    List<String> sentences = new ArrayList<>();
    TornadoBar top = result.bars().getFirst();
    sentences.add(
        "The answer moves most with "
            + document.path(top.id())
            + ": from "
            + top.lowValue()
            + " to "
            + top.highValue()
            + " it changes "
            + lower(metric.label())
            + " from "
            + EffectText.value(metric, top.atLow().mean())
            + " to "
            + EffectText.value(metric, top.atHigh().mean())
            + " (swing "
            + EffectText.signed(metric, top.swing().mean())
            + ", 95% CI "
            + EffectText.bounds(metric, top.swing())
            + ").");
    List<String> flat = new ArrayList<>();
    result.bars().select(b -> b.swing().covers(0)).forEach(b -> flat.add(document.path(b.id())));
    if (!flat.isEmpty()) {
      sentences.add(
          String.join(", ", flat) + ": no swing these replications can distinguish from zero.");
    }
    VarianceShare lead = result.shares().getFirst();
    double explained = result.shares().sumOfDouble(VarianceShare::share);
    sentences.add(
        "When all assumptions vary together, "
            + document.path(lead.id())
            + " alone explains "
            + EffectText.percent(lead.share())
            + " of the spread (95% CI "
            + EffectText.percent(lead.ciLow())
            + " to "
            + EffectText.percent(lead.ciHigh())
            + "); all first-order shares add up to "
            + EffectText.percent(explained)
            + ", and simulation noise alone is about "
            + EffectText.percent(result.noiseShare())
            + " of the spread.");
    return sentences;
  }

  private ReportTable tornadoTable() {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (TornadoBar b : summary.result().bars()) {
      rows.add(
          ReportTable.Row.of(
              document.path(b.id()),
              b.lowValue() + " to " + b.highValue(),
              EffectText.withInterval(metric, b.atLow()),
              EffectText.withInterval(metric, b.atHigh()),
              EffectText.signed(metric, b.swing().mean())
                  + " ("
                  + EffectText.bounds(metric, b.swing())
                  + ")"));
    }
    return new ReportTable(
        "Tornado",
        "The metric with each assumption at the low and the high end of its range and every other"
            + " at the centre of its range, in the same replications; the swing is high minus low.",
        List.of("Assumption", "Range", "At low (95% CI)", "At high (95% CI)", "Swing (95% CI)"),
        rows);
  }

  private ReportTable sharesTable() {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (VarianceShare s : summary.result().shares()) {
      rows.add(
          ReportTable.Row.of(
              document.path(s.id()),
              EffectText.percent(s.share()),
              EffectText.percent(s.ciLow()) + " to " + EffectText.percent(s.ciHigh())));
    }
    return new ReportTable(
        "Variance shares",
        "The share of the metric's variance each assumption explains on its own when all vary"
            + " together over their ranges (first-order index), with a bootstrap 95% interval.",
        List.of("Assumption", "First-order share", "95% interval"),
        rows);
  }

  private List<String> method() {
    return List.of(
        "Tornado (one at a time): every variant sets all uncertain parameters from the start of the"
            + " run, overriding their per-replication draws: the centre holds each at the middle of"
            + " its range; each bar moves one parameter to its low and its high end. All variants"
            + " ran in the same replications (common random numbers), so each swing is paired.",
        "Variance shares (all together): a Latin hypercube design (McKay, Beckman and Conover 1979)"
            + " draws all parameters uniformly over their ranges, one replication per point. For each"
            + " parameter the points are cut into equal-count bins by its value; the share of the"
            + " variance between the bin means, corrected for what noise alone gives, estimates its"
            + " first-order Sobol index (Sobol 1993; McKay 1995). Interactions and simulation noise"
            + " stay unexplained, so the shares need not add up to one. Methods and limits:"
            + " docs/experiments.md.");
  }

  private static String lower(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
