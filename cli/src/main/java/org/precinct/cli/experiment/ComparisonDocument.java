package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.charts.NamedChart;
import org.precinct.charts.experiment.FrontierChart;
import org.precinct.charts.experiment.InterventionRankingChart;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Caption;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.engine.experiment.ComparisonResult;
import org.precinct.engine.experiment.ComparisonSummary;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MetricComparison;
import org.precinct.engine.experiment.MixComparison;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The outputs of {@code precinct compare}: each mix against the baseline under common random
 * numbers, paired differences with Holm-adjusted p-values (Holm 1979), costs beside harm, as
 * summary.json, comparison.csv, a ranking chart, a harm-versus-cost frontier and a report.
 */
public final class ComparisonDocument implements ExperimentDocument {

  private final ComparisonSummary summary;
  private final ScenarioSpec scenario;
  private final PracticalImportance importance;

  /**
   * The document of {@code summary}, a comparison on {@code scenario}, judging differences against
   * {@code minEffectShare} of the baseline as the smallest change that matters in practice.
   */
  public ComparisonDocument(
      ComparisonSummary summary, ScenarioSpec scenario, double minEffectShare) {
    this.summary = summary;
    this.scenario = scenario;
    this.importance = new PracticalImportance(minEffectShare);
  }

  /** The document with the default smallest change that matters, 5% of the baseline. */
  public ComparisonDocument(ComparisonSummary summary, ScenarioSpec scenario) {
    this(summary, scenario, PracticalImportance.DEFAULT_SHARE);
  }

  @Override
  public ObjectNode summary() {
    ObjectNode root =
        SummaryNodes.root(
            "compare", summary.metadata(), summary.metric(), summary.precision(), summary.runs());
    root.put("baseline", summary.baseline().id());
    root.put("minEffectShare", importance.minShare());
    ArrayNode mixes = root.putArray("mixes");
    summary.mixes().forEach(m -> mixes.addObject().put("id", m.id()).put("label", m.label()));
    ArrayNode metrics = root.putArray("metrics");
    for (MetricComparison c : summary.metrics()) {
      ObjectNode node = metrics.addObject();
      node.put("metric", c.metric().id());
      node.set("baseline", SummaryNodes.estimate(c.result().baseline()));
      ArrayNode rows = node.putArray("mixes");
      for (MixComparison m : c.result().mixes()) {
        ObjectNode row = rows.addObject();
        row.put("mix", m.mixId());
        row.set("value", SummaryNodes.estimate(m.value()));
        row.set("difference", SummaryNodes.estimate(m.difference()));
        SummaryNodes.put(row, "pValue", m.pValue());
        SummaryNodes.put(row, "holmPValue", m.holmPValue());
        row.put("betterShare", m.betterShare());
        row.put("worseShare", m.worseShare());
        if (c.metric() == summary.metric()) {
          row.put(
              "matters",
              importance
                  .judge(m, c.result().baseline().mean(), 0.05)
                  .name()
                  .toLowerCase(Locale.ROOT)
                  .replace('_', '-'));
        }
      }
    }
    return root;
  }

  @Override
  public void writeTables(Path folder) {
    List<List<Object>> rows = new ArrayList<>();
    for (MetricComparison c : summary.metrics()) {
      for (MixComparison m : c.result().mixes()) {
        rows.add(
            List.of(
                c.metric().id(),
                m.mixId(),
                CsvFile.number(c.result().baseline().mean()),
                CsvFile.number(m.value().mean()),
                CsvFile.number(m.difference().mean()),
                CsvFile.number(m.difference().ciLow()),
                CsvFile.number(m.difference().ciHigh()),
                CsvFile.number(m.pValue()),
                CsvFile.number(m.holmPValue()),
                CsvFile.number(m.betterShare()),
                CsvFile.number(m.worseShare()),
                m.difference().n()));
      }
    }
    CsvFile.write(
        folder.resolve("comparison.csv"),
        List.of(
            "metric",
            "mix",
            "baseline_mean",
            "mix_mean",
            "difference",
            "difference_ci_low",
            "difference_ci_high",
            "p_value",
            "holm_p_value",
            "better_share",
            "worse_share",
            "n"),
        rows);
  }

  @Override
  public List<ExperimentChart> charts() {
    Metric metric = summary.metric();
    double base = Math.abs(summary.result().baseline().mean());
    double scale = base > 0 ? base : 1;
    List<Interval> bars = new ArrayList<>();
    for (MixComparison m : summary.result().mixes()) {
      Estimate benefit = EffectText.benefit(metric, m.difference());
      bars.add(
          new Interval(
              m.mixId(),
              benefit.mean() / scale,
              AttributionDocument.low(benefit) / scale,
              AttributionDocument.high(benefit) / scale));
    }
    Caption caption = Caption.of(summary.metadata());
    String what = AttributionReportContent.benefitLabel(metric);
    InterventionRankingChart.Options options =
        base > 0
            ? new InterventionRankingChart.Options(
                "Which mix helps most?",
                what.substring(0, what.lastIndexOf(" ("))
                    + ", % of the baseline's "
                    + EffectText.value(metric, base)
                    + " "
                    + metric.unit(),
                true,
                importance.minShare())
            : new InterventionRankingChart.Options(
                "Which mix helps most?", what + " against " + summary.baseline().id());
    List<ExperimentChart> charts = new ArrayList<>();
    charts.add(
        new ExperimentChart(
            "Each mix against the baseline (paired differences with 95% CIs, % of the baseline)",
            new NamedChart(
                "mix-ranking",
                InterventionRankingChart.create(
                    InterventionRankingChart.dataset(
                        new InterventionRankingChart.Input(bars, caption, colourOrder())),
                    options))));
    if (metric.lowerIsBetter()) {
      charts.add(frontier(caption));
    }
    return charts;
  }

  private ExperimentChart frontier(Caption caption) {
    Metric metric = summary.metric();
    ComparisonResult cost = summary.of(Metric.INTERVENTION_COST);
    ComparisonResult harm = summary.result();
    List<FrontierChart.Point> points = new ArrayList<>();
    Estimate base = harm.baseline();
    points.add(
        new FrontierChart.Point(
            cost.baseline().mean(),
            new Interval(summary.baseline().id(), base.mean(), base.mean(), base.mean())));
    for (int k = 0; k < summary.mixes().size(); k++) {
      points.add(
          pairedPoint(
              summary.mixes().get(k).id(), cost.mixes().get(k).value(), harm.mixes().get(k)));
    }
    FrontierChart.Options options =
        new FrontierChart.Options(
            "Stated cost of the interventions on, over the scenario ("
                + Metric.INTERVENTION_COST.unit()
                + ")",
            metric.label() + " (" + metric.unit() + ")",
            "95% CI of the paired difference from the baseline");
    return new ExperimentChart(
        "What does less harm cost? (mixes no other mix beats on both counts are joined)",
        new NamedChart(
            "harm-cost-frontier",
            FrontierChart.create(
                FrontierChart.dataset(new FrontierChart.Input(points, caption, colourOrder())),
                options)));
  }

  /** The baseline, then the mixes: one colour order for every chart of the report. */
  private List<String> colourOrder() {
    List<String> order = new ArrayList<>();
    order.add(summary.baseline().id());
    summary.mixes().forEach(m -> order.add(m.id()));
    return order;
  }

  /**
   * A mix at its cost and harm, its whisker the paired difference's interval placed at its value:
   * under common random numbers that, not the mix's own interval, says whether it beats the
   * baseline.
   */
  private static FrontierChart.Point pairedPoint(String id, Estimate cost, MixComparison harm) {
    Estimate d = harm.difference();
    double value = harm.value().mean();
    return new FrontierChart.Point(
        cost.mean(),
        new Interval(
            id,
            value,
            value + AttributionDocument.low(d) - d.mean(),
            value + AttributionDocument.high(d) - d.mean()));
  }

  @Override
  public ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ComparisonReportContent(summary, scenario, importance).report(charts, files);
  }

  @Override
  public void print(PrintWriter out, Path folder) {
    Metric metric = summary.metric();
    out.println(
        summary.metadata().scenarioId()
            + ": "
            + summary.mixes().size()
            + " mixes against "
            + summary.baseline().id()
            + " on "
            + metric.label().toLowerCase(Locale.ROOT)
            + ", "
            + summary.precision().replications()
            + " paired replications");
    out.println("  baseline " + EffectText.withInterval(metric, summary.result().baseline()));
    for (MixComparison m : summary.result().mixes()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-20s %s  Holm p = %.3g  better in %s",
              m.mixId(),
              EffectText.signed(metric, m.difference().mean())
                  + " ("
                  + EffectText.bounds(metric, m.difference())
                  + ")",
              m.holmPValue(),
              EffectText.percent(m.betterShare())));
    }
    out.println("Report: " + folder.resolve(ExperimentReportWriter.HTML));
    out.println("Folder: " + folder);
    out.flush();
  }
}
