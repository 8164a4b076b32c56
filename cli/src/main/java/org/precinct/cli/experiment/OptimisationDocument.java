package org.precinct.cli.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.charts.NamedChart;
import org.precinct.charts.experiment.ParetoFrontChart;
import org.precinct.charts.scale.Interval;
import org.precinct.charts.theme.Caption;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.Precision;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.experiment.optimise.CandidateResult;
import org.precinct.engine.experiment.optimise.DecisionVariable;
import org.precinct.engine.experiment.optimise.MetricEstimate;
import org.precinct.engine.experiment.optimise.OptimisationSummary;
import org.precinct.engine.experiment.optimise.OutcomeConstraint;
import org.precinct.engine.experiment.optimise.Selection;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The outputs of {@code precinct optimise}: the choice with its probability of correct selection
 * (Kim and Nelson 2001), every candidate searched, the two Pareto fronts, as summary.json,
 * candidates.csv, pareto-front.csv, two front charts and a report.
 */
public final class OptimisationDocument implements ExperimentDocument {

  private final OptimisationSummary summary;
  private final ScenarioSpec scenario;

  /** The document of {@code summary}, an optimisation of {@code scenario}. */
  public OptimisationDocument(OptimisationSummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
  }

  @Override
  public ObjectNode summary() {
    Precision precision =
        new Precision(
            summary.searchReplications(),
            summary.baseline().objective().halfWidth(),
            new ReplicationBudget.Fixed(summary.searchReplications()),
            true);
    ObjectNode root =
        SummaryNodes.root(
            "optimise",
            summary.metadata(),
            summary.request().objective(),
            precision,
            (int) summary.runs());
    ObjectNode request = root.putObject("request");
    request.put("secondMetric", summary.request().second().id());
    SummaryNodes.put(request, "maxCostPerDay", summary.request().maxCostPerDay());
    ArrayNode bounds = request.putArray("constraints");
    summary.request().constraints().forEach(c -> bounds.add(c.text()));
    request.put("indifference", summary.request().indifference());
    request.put("indifferenceRelative", summary.request().relative());
    request.put("confidence", summary.request().confidence());
    request.put("budget", summary.request().budget());
    ArrayNode decisions = root.putArray("decisions");
    for (DecisionVariable v : summary.variables()) {
      ObjectNode d = decisions.addObject().put("id", v.id()).put("kind", v.kind());
      ArrayNode levels = d.putArray("levels");
      v.levels().forEach(l -> levels.add(l.label()));
    }
    root.put("spaceSize", summary.spaceSize());
    root.put("method", summary.method());
    root.put("candidatesEvaluated", summary.candidates().size());
    root.put("feasible", summary.feasibleCount());
    root.put("undecided", summary.undecidedCount());
    root.set("baseline", candidate(summary.baseline()));
    summary
        .selection()
        .ifPresentOrElse(s -> root.set("selection", selection(s)), () -> root.putNull("selection"));
    ArrayNode costFront = root.putArray("costFront");
    summary.costFront().forEach(costFront::add);
    ArrayNode secondFront = root.putArray("secondFront");
    summary.secondFront().forEach(secondFront::add);
    ArrayNode candidates = root.putArray("candidates");
    summary.candidates().forEach(c -> candidates.add(candidate(c)));
    return root;
  }

  private ObjectNode candidate(CandidateResult c) {
    ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    node.put("key", c.key());
    node.put("label", c.label());
    node.put("costPerDay", c.costPerDay());
    node.set("objective", SummaryNodes.estimate(c.objective()));
    node.set("second", SummaryNodes.estimate(c.second()));
    ArrayNode bounds = node.putArray("constraints");
    c.constraints().forEach(e -> bounds.add(SummaryNodes.estimate(e)));
    node.put("feasibility", c.feasibility().id());
    return node;
  }

  private ObjectNode selection(Selection s) {
    ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    node.put("chosen", s.chosen());
    node.put("chosenLabel", s.chosenLabel());
    node.put("chosenCostPerDay", s.chosenCostPerDay());
    node.set("chosenMetrics", metrics(s.chosenMetrics()));
    if (s.hasRunnerUp()) {
      node.put("runnerUp", s.runnerUp());
      node.put("runnerUpLabel", s.runnerUpLabel());
      node.set("runnerUpMetrics", metrics(s.runnerUpMetrics()));
      node.set("versusRunnerUp", SummaryNodes.estimate(s.versusRunnerUp()));
    } else {
      node.putNull("runnerUp");
    }
    node.set("versusBaseline", SummaryNodes.estimate(s.versusBaseline()));
    node.put("finalists", s.finalists());
    node.put("firstReplication", s.firstReplication());
    node.put("replications", s.replications());
    node.put("guaranteed", s.guaranteed());
    node.put("probabilityOfCorrectSelection", s.probability());
    node.put("indifferenceZone", s.delta());
    node.put("feasibility", s.feasibility().id());
    return node;
  }

  private static ObjectNode metrics(Iterable<MetricEstimate> metrics) {
    ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    metrics.forEach(m -> node.set(m.metric().id(), SummaryNodes.estimate(m.estimate())));
    return node;
  }

  @Override
  public void writeTables(Path folder) {
    List<String> header = new ArrayList<>(List.of("key", "label", "cost_per_day"));
    header.addAll(estimateHeader("objective"));
    header.addAll(estimateHeader("second"));
    for (OutcomeConstraint c : summary.request().constraints()) {
      header.addAll(estimateHeader(c.metric().id().replace('-', '_')));
    }
    header.addAll(List.of("feasibility", "on_cost_front", "on_second_front", "n"));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(summary.baseline()));
    summary.candidates().forEach(c -> rows.add(row(c)));
    CsvFile.write(folder.resolve("candidates.csv"), header, rows);
    List<List<Object>> front = new ArrayList<>();
    addFront(front, "cost", summary.costFront());
    addFront(front, "second", summary.secondFront());
    CsvFile.write(
        folder.resolve("pareto-front.csv"),
        List.of("front", "rank", "key", "label", "cost_per_day", "objective_mean", "second_mean"),
        front);
  }

  private void addFront(List<List<Object>> rows, String name, Iterable<Long> keys) {
    int rank = 1;
    for (long key : keys) {
      CandidateResult c = summary.candidate(key);
      rows.add(
          List.of(
              name,
              rank++,
              key,
              c.label(),
              CsvFile.number(c.costPerDay()),
              CsvFile.number(c.objective().mean()),
              CsvFile.number(c.second().mean())));
    }
  }

  private static List<String> estimateHeader(String name) {
    return List.of(name + "_mean", name + "_ci_low", name + "_ci_high");
  }

  private List<Object> row(CandidateResult c) {
    List<Object> row = new ArrayList<>(List.of(c.key(), c.label(), CsvFile.number(c.costPerDay())));
    addEstimate(row, c.objective());
    addEstimate(row, c.second());
    c.constraints().forEach(e -> addEstimate(row, e));
    row.add(c.feasibility().id());
    row.add(summary.costFront().contains(c.key()));
    row.add(summary.secondFront().contains(c.key()));
    row.add(c.objective().n());
    return row;
  }

  private static void addEstimate(List<Object> row, Estimate e) {
    row.add(CsvFile.number(e.mean()));
    row.add(CsvFile.number(e.ciLow()));
    row.add(CsvFile.number(e.ciHigh()));
  }

  @Override
  public List<ExperimentChart> charts() {
    Caption caption = Caption.of(summary.metadata());
    Metric second = summary.request().second();
    List<ExperimentChart> charts = new ArrayList<>();
    charts.add(
        front(
            "pareto-cost",
            "The computed front against cost",
            summary.costFront(),
            c -> new Interval("", c.costPerDay(), c.costPerDay(), c.costPerDay()),
            "Stated cost per day of the interventions on (cost units/day)",
            caption));
    charts.add(
        front(
            "pareto-second",
            "The computed front against " + second.label().toLowerCase(java.util.Locale.ROOT),
            summary.secondFront(),
            c -> interval(c.second()),
            second.label() + " (" + second.unit() + ")",
            caption));
    return charts;
  }

  private ExperimentChart front(
      String name,
      String title,
      ImmutableList<Long> keys,
      java.util.function.Function<CandidateResult, Interval> x,
      String xLabel,
      Caption caption) {
    List<ParetoFrontChart.Point> front = new ArrayList<>();
    for (long key : keys) {
      front.add(point(summary.candidate(key), x));
    }
    List<ParetoFrontChart.Point> others = new ArrayList<>();
    summary.candidates().reject(c -> keys.contains(c.key())).forEach(c -> others.add(point(c, x)));
    Optional<ParetoFrontChart.Point> chosen =
        summary
            .selection()
            .map(s -> summary.candidates().detect(c -> c.key() == s.chosen()))
            .map(c -> point(c, x));
    Metric objective = summary.request().objective();
    ParetoFrontChart.Options options =
        new ParetoFrontChart.Options(
            title,
            xLabel,
            objective.label()
                + " ("
                + objective.unit()
                + "; "
                + (objective.lowerIsBetter() ? "lower" : "higher")
                + " is better)");
    ParetoFrontChart.Input input =
        new ParetoFrontChart.Input(
            front, others, chosen, Optional.of(point(summary.baseline(), x)), caption);
    return new ExperimentChart(
        title + " (F1, F2, ... are the rows of the front table below)",
        new NamedChart(name, ParetoFrontChart.create(ParetoFrontChart.dataset(input), options)));
  }

  private static ParetoFrontChart.Point point(
      CandidateResult c, java.util.function.Function<CandidateResult, Interval> x) {
    return new ParetoFrontChart.Point(x.apply(c), interval(c.objective()));
  }

  private static Interval interval(Estimate e) {
    return new Interval("", e.mean(), AttributionDocument.low(e), AttributionDocument.high(e));
  }

  @Override
  public ExperimentReport report(List<Chart> charts, List<String> files) {
    return new OptimisationReportContent(summary, scenario).report(charts, files);
  }

  @Override
  public void print(PrintWriter out, Path folder) {
    out.println(OptimisationReportContent.advice(summary, scenario));
    out.println("Report: " + folder.resolve(ExperimentReportWriter.HTML));
    out.println("Folder: " + folder);
    out.flush();
  }
}
