package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.charts.NamedChart;
import org.precinct.charts.experiment.HeatMapChart;
import org.precinct.charts.theme.Caption;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MetricSweep;
import org.precinct.engine.experiment.SweepAxis;
import org.precinct.engine.experiment.SweepParameter;
import org.precinct.engine.experiment.SweepResult;
import org.precinct.engine.experiment.SweepSummary;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The outputs of {@code precinct sweep}: the chosen metric and the side effects at every point of a
 * one- or two-parameter grid run under common random numbers, as summary.json, sweep.csv, a heat
 * map (one row for a single parameter) and a report.
 */
public final class SweepDocument implements ExperimentDocument {

  private final SweepSummary summary;
  private final ScenarioSpec scenario;

  /** The document of {@code summary}, a sweep of {@code scenario}. */
  public SweepDocument(SweepSummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
  }

  @Override
  public ObjectNode summary() {
    ObjectNode root =
        SummaryNodes.root(
            "sweep", summary.metadata(), summary.metric(), summary.precision(), summary.runs());
    ArrayNode parameters = root.putArray("parameters");
    for (SweepParameter p : summary.parameters()) {
      ObjectNode node = parameters.addObject();
      node.put("path", ParameterPathIndex.path(p.ref()));
      ArrayNode values = node.putArray("values");
      for (double v : p.axis().values()) {
        values.add(v);
      }
    }
    ArrayNode points = root.putArray("points");
    SweepResult result = summary.result();
    for (int k = 0; k < result.cells().size(); k++) {
      ObjectNode point = points.addObject();
      point.set("at", coordinates(k));
      point.set(summary.metric().id(), SummaryNodes.estimate(result.cells().get(k)));
      for (MetricSweep side : summary.sideEffects()) {
        point.set(side.metric().id(), SummaryNodes.estimate(side.result().cells().get(k)));
      }
    }
    root.put("bestPoint", result.bestIndex());
    return root;
  }

  private ArrayNode coordinates(int k) {
    ArrayNode at = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (double v : values(k)) {
      at.add(v);
    }
    return at;
  }

  /** The parameter values of grid point {@code k} (row-major, the second parameter fastest). */
  double[] values(int k) {
    List<SweepAxis> axes = summary.parameters().collect(SweepParameter::axis).castToList();
    double[] values = new double[axes.size()];
    int rest = k;
    for (int a = axes.size() - 1; a >= 0; a--) {
      values[a] = axes.get(a).value(rest % axes.get(a).size());
      rest /= axes.get(a).size();
    }
    return values;
  }

  @Override
  public void writeTables(Path folder) {
    List<String> header = new ArrayList<>();
    summary.parameters().forEach(p -> header.add(ParameterPathIndex.path(p.ref())));
    header.addAll(List.of("metric", "mean", "ci_low", "ci_high", "n"));
    List<List<Object>> rows = new ArrayList<>();
    addRows(rows, summary.metric(), summary.result());
    summary.sideEffects().forEach(s -> addRows(rows, s.metric(), s.result()));
    CsvFile.write(folder.resolve("sweep.csv"), header, rows);
  }

  private void addRows(List<List<Object>> rows, Metric metric, SweepResult result) {
    for (int k = 0; k < result.cells().size(); k++) {
      List<Object> row = new ArrayList<>();
      for (double v : values(k)) {
        row.add(CsvFile.number(v));
      }
      Estimate e = result.cells().get(k);
      row.addAll(
          List.of(
              metric.id(),
              CsvFile.number(e.mean()),
              CsvFile.number(e.ciLow()),
              CsvFile.number(e.ciHigh()),
              e.n()));
      rows.add(row);
    }
  }

  @Override
  public List<ExperimentChart> charts() {
    List<SweepParameter> parameters = summary.parameters().castToList();
    SweepAxis x = parameters.get(0).axis();
    boolean two = parameters.size() == 2;
    double[] ys = two ? parameters.get(1).axis().values() : new double[] {0};
    double[][] values = new double[ys.length][x.size()];
    for (int i = 0; i < x.size(); i++) {
      for (int j = 0; j < ys.length; j++) {
        values[j][i] = (two ? summary.result().at(i, j) : summary.result().at(i)).mean();
      }
    }
    Metric metric = summary.metric();
    ParameterTitles titles = new ParameterTitles(scenario);
    HeatMapChart.Input input =
        new HeatMapChart.Input(
            titles.of(parameters.get(0).ref()),
            x.values(),
            two ? titles.of(parameters.get(1).ref()) : "",
            ys,
            values,
            metric.label() + " (" + metric.unit() + ")",
            Caption.of(summary.metadata()));
    HeatMapChart.Options options =
        new HeatMapChart.Options(
            metric.label() + " across the grid",
            decimals(values),
            summary
                .result()
                .cells()
                .collectDouble(e -> Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0)
                .maxIfEmpty(0));
    return List.of(
        new ExperimentChart(
            metric.label() + " at each grid point (mean across replications)",
            new NamedChart(
                "sweep-heat-map", HeatMapChart.create(HeatMapChart.dataset(input), options))));
  }

  private static int decimals(double[][] values) {
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max >= 100 ? 0 : max >= 1 ? 1 : 3;
  }

  @Override
  public ExperimentReport report(List<Chart> charts, List<String> files) {
    return new SweepReportContent(summary, scenario, this).report(charts, files);
  }

  @Override
  public void print(PrintWriter out, Path folder) {
    SweepResult result = summary.result();
    int best = result.bestIndex();
    out.println(
        summary.metadata().scenarioId()
            + ": sweep of "
            + summary.parameters().collect(p -> ParameterPathIndex.path(p.ref())).makeString(" x ")
            + ", "
            + result.cells().size()
            + " points, "
            + summary.precision().replications()
            + " replications each");
    out.println(
        String.format(
            Locale.ROOT,
            "  best point %s: %s",
            SweepReportContent.pointText(summary, values(best)),
            EffectText.withInterval(summary.metric(), result.cells().get(best))));
    out.println("Report: " + folder.resolve(ExperimentReportWriter.HTML));
    out.println("Folder: " + folder);
    out.flush();
  }
}
