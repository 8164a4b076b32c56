package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precinct.charts.NamedChart;
import org.precinct.charts.experiment.InterventionRankingChart;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Caption;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.engine.experiment.AttributionResult;
import org.precinct.engine.experiment.AttributionSummary;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.InterventionAttribution;
import org.precinct.engine.experiment.MetricAttribution;
import org.precinct.engine.experiment.PairInteraction;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The outputs of {@code precinct attribute}: interventions ranked by their Shapley values (Shapley
 * 1953) on the chosen metric, with their side effects and stated costs, as summary.json,
 * attribution.csv, interactions.csv, a ranking chart and a report.
 */
public final class AttributionDocument implements ExperimentDocument {

  private final AttributionSummary summary;
  private final ScenarioSpec scenario;

  /** The document of {@code summary}, an attribution of {@code scenario}. */
  public AttributionDocument(AttributionSummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
  }

  /** The attribution behind the document. */
  public AttributionSummary attribution() {
    return summary;
  }

  @Override
  public ObjectNode summary() {
    AttributionResult result = summary.result();
    ObjectNode root =
        SummaryNodes.root(
            "attribute", summary.metadata(), summary.metric(), summary.precision(), summary.runs());
    root.put("method", result.method().name().toLowerCase(java.util.Locale.ROOT));
    root.set("none", SummaryNodes.estimate(result.noneValue()));
    root.set("all", SummaryNodes.estimate(result.allValue()));
    root.set("total", SummaryNodes.estimate(result.total()));
    ArrayNode ranking = root.putArray("ranking");
    int rank = 1;
    for (InterventionAttribution a : result.ranking()) {
      ranking.add(intervention(a, rank++));
    }
    ArrayNode interactions = root.putArray("interactions");
    for (PairInteraction p : result.interactions()) {
      ObjectNode node = interactions.addObject();
      node.put("first", p.firstId());
      node.put("second", p.secondId());
      node.set("index", SummaryNodes.estimate(p.index()));
    }
    return root;
  }

  private ObjectNode intervention(InterventionAttribution a, int rank) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", a.id());
    node.put("label", summary.intervention(a.id()).label());
    node.put("rank", rank);
    node.put("costPerDay", summary.intervention(a.id()).costPerDay());
    node.set("shapley", SummaryNodes.estimate(a.shapley()));
    node.set("leaveOneOut", SummaryNodes.estimate(a.leaveOneOut()));
    node.set("addOneIn", SummaryNodes.estimate(a.addOneIn()));
    node.put("topThreeShare", a.rank().topShare());
    node.put("bestRank", a.rank().bestRank());
    node.put("worstRank", a.rank().worstRank());
    ObjectNode effects = node.putObject("sideEffects");
    for (MetricAttribution side : summary.sideEffects()) {
      effects.set(side.metric().id(), SummaryNodes.estimate(side.result().of(a.id()).shapley()));
    }
    return node;
  }

  @Override
  public void writeTables(Path folder) {
    List<List<Object>> rows = new ArrayList<>();
    addRows(rows, summary.metric(), summary.result(), true);
    for (MetricAttribution side : summary.sideEffects()) {
      addRows(rows, side.metric(), side.result(), false);
    }
    CsvFile.write(
        folder.resolve("attribution.csv"),
        List.of("intervention", "metric", "estimator", "measure", "mean", "ci_low", "ci_high", "n"),
        rows);
    List<List<Object>> pairs = new ArrayList<>();
    for (PairInteraction p : summary.result().interactions()) {
      pairs.add(row(p.firstId() + "+" + p.secondId(), summary.metric(), "interaction", p.index()));
    }
    CsvFile.write(
        folder.resolve("interactions.csv"),
        List.of("pair", "metric", "estimator", "mean", "ci_low", "ci_high", "n"),
        pairs);
  }

  /**
   * One row per intervention and estimator, signed as the report states it: the deciding metric as
   * the reduction (or increase, when higher is better) credited to the intervention, so a positive
   * number is the good news the report calls "reduces by"; costs and side effects as the change
   * they add. The measure column names which.
   */
  private static void addRows(
      List<List<Object>> rows, Metric metric, AttributionResult result, boolean deciding) {
    String measure = !deciding ? "change" : metric.lowerIsBetter() ? "reduction" : "increase";
    for (InterventionAttribution a : result.ranking()) {
      rows.add(signed(a.id(), metric, "shapley", measure, a.shapley(), deciding));
      rows.add(signed(a.id(), metric, "leave-one-out", measure, a.leaveOneOut(), deciding));
      rows.add(signed(a.id(), metric, "add-one-in", measure, a.addOneIn(), deciding));
    }
  }

  private static List<Object> signed(
      String id, Metric metric, String estimator, String measure, Estimate e, boolean deciding) {
    Estimate shown = deciding ? EffectText.benefit(metric, e) : e;
    return List.of(
        id,
        metric.id(),
        estimator,
        measure,
        CsvFile.number(shown.mean()),
        CsvFile.number(shown.ciLow()),
        CsvFile.number(shown.ciHigh()),
        shown.n());
  }

  private static List<Object> row(String subject, Metric metric, String estimator, Estimate e) {
    return List.of(
        subject,
        metric.id(),
        estimator,
        CsvFile.number(e.mean()),
        CsvFile.number(e.ciLow()),
        CsvFile.number(e.ciHigh()),
        e.n());
  }

  @Override
  public List<ExperimentChart> charts() {
    List<Interval> bars = new ArrayList<>();
    for (InterventionAttribution a : summary.result().ranking()) {
      Estimate benefit = EffectText.benefit(summary.metric(), a.shapley());
      bars.add(new Interval(label(a.id()), benefit.mean(), low(benefit), high(benefit)));
    }
    InterventionRankingChart.Options options =
        new InterventionRankingChart.Options(
            "Which interventions matter most?",
            shapleyLabel(AttributionReportContent.benefitLabel(summary.metric())));
    InterventionRankingChart.Input input =
        new InterventionRankingChart.Input(bars, Caption.of(summary.metadata()));
    return List.of(
        new ExperimentChart(
            "Which interventions matter most (Shapley values with 95% CIs)",
            new NamedChart(
                "intervention-ranking",
                InterventionRankingChart.create(
                    InterventionRankingChart.dataset(input), options))));
  }

  private String label(String id) {
    return summary.intervention(id).label();
  }

  /** "Reduction in X (unit)" as "Reduction in X credited by Shapley value (unit)". */
  private static String shapleyLabel(String benefit) {
    int unit = benefit.lastIndexOf(" (");
    return unit < 0
        ? benefit + " credited by Shapley value"
        : benefit.substring(0, unit) + " credited by Shapley value" + benefit.substring(unit);
  }

  static double low(Estimate e) {
    return Double.isFinite(e.halfWidth()) ? e.ciLow() : e.mean();
  }

  static double high(Estimate e) {
    return Double.isFinite(e.halfWidth()) ? e.ciHigh() : e.mean();
  }

  @Override
  public ExperimentReport report(List<Chart> charts, List<String> files) {
    return new AttributionReportContent(summary, scenario).report(charts, files);
  }

  @Override
  public void print(PrintWriter out, Path folder) {
    for (String line : new AttributionReportContent(summary, scenario).consoleLines()) {
      out.println(line);
    }
    out.println("Report: " + folder.resolve(ExperimentReportWriter.HTML));
    out.println("Folder: " + folder);
    out.flush();
  }
}
