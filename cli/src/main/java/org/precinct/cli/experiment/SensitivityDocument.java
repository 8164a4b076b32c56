package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.charts.NamedChart;
import org.precinct.charts.experiment.InterventionRankingChart;
import org.precinct.charts.experiment.TornadoChart;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Caption;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.ScenarioSensitivity;
import org.precinct.engine.experiment.SensitivityResult;
import org.precinct.engine.experiment.SensitivitySummary;
import org.precinct.engine.experiment.TornadoBar;
import org.precinct.engine.experiment.VarianceShare;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.UncertainParameterSpec;

/**
 * The outputs of {@code precinct sensitivity}: a tornado of the scenario's uncertain parameters
 * (one at a time, Howard 1988) and their first-order variance shares when all vary together (Sobol
 * 1993), as summary.json, tornado.csv, variance-shares.csv, two charts and a report.
 */
public final class SensitivityDocument implements ExperimentDocument {

  private final SensitivitySummary summary;
  private final ScenarioSpec scenario;
  private final Map<String, String> paths = new LinkedHashMap<>();
  private final Map<String, String> titles = new LinkedHashMap<>();

  /** The document of {@code summary}, an analysis of {@code scenario}. */
  public SensitivityDocument(SensitivitySummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
    for (UncertainParameterSpec u : summary.parameters()) {
      paths.put(ScenarioSensitivity.id(u.ref()), ParameterPathIndex.path(u.ref()));
      titles.put(ScenarioSensitivity.id(u.ref()), new ParameterTitles(scenario).of(u.ref()));
    }
  }

  /** The scenario-file path of a parameter id of the result. */
  String path(String id) {
    return paths.getOrDefault(id, id);
  }

  @Override
  public ObjectNode summary() {
    SensitivityResult result = summary.result();
    ObjectNode root =
        SummaryNodes.root(
            "sensitivity",
            summary.metadata(),
            summary.metric(),
            summary.precision(),
            summary.runs());
    root.set("centre", SummaryNodes.estimate(result.centre()));
    root.put("hypercubePoints", result.hypercubePoints());
    SummaryNodes.put(root, "noiseShare", result.noiseShare());
    ArrayNode bars = root.putArray("tornado");
    for (TornadoBar b : result.bars()) {
      ObjectNode node = bars.addObject();
      node.put("path", path(b.id()));
      node.put("low", b.lowValue());
      node.put("high", b.highValue());
      node.set("atLow", SummaryNodes.estimate(b.atLow()));
      node.set("atHigh", SummaryNodes.estimate(b.atHigh()));
      node.set("swing", SummaryNodes.estimate(b.swing()));
    }
    ArrayNode shares = root.putArray("varianceShares");
    for (VarianceShare s : result.shares()) {
      ObjectNode node = shares.addObject();
      node.put("path", path(s.id()));
      node.put("share", s.share());
      node.put("low", s.ciLow());
      node.put("high", s.ciHigh());
    }
    return root;
  }

  @Override
  public void writeTables(Path folder) {
    List<List<Object>> bars = new ArrayList<>();
    for (TornadoBar b : summary.result().bars()) {
      bars.add(
          List.of(
              path(b.id()),
              CsvFile.number(b.lowValue()),
              CsvFile.number(b.highValue()),
              CsvFile.number(b.atLow().mean()),
              CsvFile.number(b.atHigh().mean()),
              CsvFile.number(b.swing().mean()),
              CsvFile.number(b.swing().ciLow()),
              CsvFile.number(b.swing().ciHigh()),
              b.swing().n()));
    }
    CsvFile.write(
        folder.resolve("tornado.csv"),
        List.of(
            "parameter",
            "low",
            "high",
            "metric_at_low",
            "metric_at_high",
            "swing",
            "swing_ci_low",
            "swing_ci_high",
            "n"),
        bars);
    List<List<Object>> shares = new ArrayList<>();
    for (VarianceShare s : summary.result().shares()) {
      shares.add(
          List.of(
              path(s.id()),
              CsvFile.number(s.share()),
              CsvFile.number(s.ciLow()),
              CsvFile.number(s.ciHigh())));
    }
    CsvFile.write(
        folder.resolve("variance-shares.csv"),
        List.of("parameter", "share", "ci_low", "ci_high"),
        shares);
  }

  @Override
  public List<ExperimentChart> charts() {
    Metric metric = summary.metric();
    Caption caption = Caption.of(summary.metadata());
    List<TornadoChart.Swing> swings = new ArrayList<>();
    for (TornadoBar b : summary.result().bars()) {
      String label =
          String.format(
              Locale.ROOT,
              "%s %s-%s",
              titles.getOrDefault(b.id(), path(b.id())),
              plain(b.lowValue()),
              plain(b.highValue()));
      swings.add(
          new TornadoChart.Swing(
              label,
              b.atLow().mean(),
              b.atHigh().mean(),
              halfWidth(b.atLow()),
              halfWidth(b.atHigh())));
    }
    TornadoChart.Options tornado =
        new TornadoChart.Options(metric.label() + " (" + metric.unit() + ")", 30);
    List<Interval> shares = new ArrayList<>();
    for (VarianceShare s : summary.result().shares()) {
      shares.add(
          new Interval(
              titles.getOrDefault(s.id(), path(s.id())),
              s.share(),
              Math.min(s.ciLow(), s.share()),
              Math.max(s.ciHigh(), s.share())));
    }
    InterventionRankingChart.Options ranking =
        new InterventionRankingChart.Options(
            "Which assumptions explain the spread?",
            "Share of the variance explained (first order)",
            true,
            Double.NaN);
    return List.of(
        new ExperimentChart(
            "Tornado: the metric with each assumption at its low and high end, the rest at their centres",
            new NamedChart(
                "tornado",
                TornadoChart.create(
                    TornadoChart.dataset(
                        new TornadoChart.Input(summary.result().centre().mean(), swings, caption),
                        tornado),
                    tornado))),
        new ExperimentChart(
            "Share of the variance each assumption explains when all vary together",
            new NamedChart(
                "variance-shares",
                InterventionRankingChart.create(
                    InterventionRankingChart.dataset(
                        new InterventionRankingChart.Input(shares, caption)),
                    ranking))));
  }

  private static String plain(double v) {
    return new java.text.DecimalFormat(
            "#,##0.###", java.text.DecimalFormatSymbols.getInstance(Locale.US))
        .format(v);
  }

  private static double halfWidth(Estimate e) {
    return Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0;
  }

  @Override
  public ExperimentReport report(List<Chart> charts, List<String> files) {
    return new SensitivityReportContent(summary, scenario, this).report(charts, files);
  }

  @Override
  public void print(PrintWriter out, Path folder) {
    Metric metric = summary.metric();
    out.println(
        summary.metadata().scenarioId()
            + ": sensitivity of "
            + metric.label().toLowerCase(Locale.ROOT)
            + " to "
            + summary.parameters().size()
            + " assumptions, "
            + summary.runs()
            + " runs");
    for (TornadoBar b : summary.result().bars()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-55s swing %s",
              path(b.id()),
              EffectText.signed(metric, b.swing().mean())
                  + " ("
                  + EffectText.bounds(metric, b.swing())
                  + ")"));
    }
    out.println("Report: " + folder.resolve(ExperimentReportWriter.HTML));
    out.println("Folder: " + folder);
    out.flush();
  }
}
