package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.experiment.optimise.CandidateResult;
import org.precinct.engine.experiment.optimise.DecisionSpace;
import org.precinct.engine.experiment.optimise.DecisionVariable;
import org.precinct.engine.experiment.optimise.MetricEstimate;
import org.precinct.engine.experiment.optimise.OptimisationSummary;
import org.precinct.engine.experiment.optimise.OptimiseRequest;
import org.precinct.engine.experiment.optimise.ScenarioOptimisation;
import org.precinct.engine.experiment.optimise.Selection;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The optimisation report in words: one sentence saying what to do and how sure that is, then the
 * chosen candidate's metrics with intervals, the runner-up, the fronts and the method.
 */
final class OptimisationReportContent {

  private final OptimisationSummary summary;
  private final ScenarioSpec scenario;

  OptimisationReportContent(OptimisationSummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
  }

  /**
   * What to do and how sure that is, in one sentence: the choice, the probability and what it is a
   * probability of (the best of every feasible candidate, or of the finalists a genetic search
   * found, within the indifference zone), and whether the choice meets the bounds.
   */
  static String advice(OptimisationSummary summary, ScenarioSpec scenario) {
    OptimiseRequest request = summary.request();
    if (summary.selection().isEmpty()) {
      return "No candidate met every bound with "
          + EffectText.percent(request.confidence())
          + " confidence in the search ("
          + summary.undecidedCount()
          + " were undecided): relax a bound or raise --replications before choosing.";
    }
    Selection s = summary.selection().get();
    String choice = new DecisionSpace(scenario, summary.variables()).brief(s.chosen());
    return "Choose " + choice + ": " + sure(summary, s) + bounds(summary, s) + ".";
  }

  private static String sure(OptimisationSummary summary, Selection s) {
    Metric m = summary.request().objective();
    String among =
        ScenarioOptimisation.EXHAUSTIVE.equals(summary.method())
            ? String.format(
                Locale.ROOT,
                "the best of all %,d candidates%s",
                s.finalists(),
                bounded(summary.request()) ? " that meet the bounds" : "")
            : String.format(
                Locale.ROOT,
                "the best of the %d finalists the genetic search found among %,d candidates (not"
                    + " necessarily of all)",
                s.finalists(),
                summary.spaceSize());
    String zone =
        EffectText.value(m, s.delta())
            + " "
            + m.unit()
            + (summary.request().relative()
                ? " (" + EffectText.percent(summary.request().indifference()) + " of the baseline)"
                : "");
    if (!s.guaranteed()) {
      return "it had the best mean when the run budget ran out, so the "
          + EffectText.percent(s.probability())
          + " probability of correct selection is NOT guaranteed (raise --budget)";
    }
    return "with probability at least "
        + EffectText.percent(s.probability())
        + " it is "
        + among
        + ", or within "
        + zone
        + " of it on "
        + m.label().toLowerCase(Locale.ROOT)
        + " (KN, Kim and Nelson 2001)";
  }

  private static boolean bounded(OptimiseRequest request) {
    return Double.isFinite(request.maxCostPerDay()) || !request.constraints().isEmpty();
  }

  private static String bounds(OptimisationSummary summary, Selection s) {
    OptimiseRequest request = summary.request();
    if (!bounded(request)) {
      return "";
    }
    String level = EffectText.percent(request.confidence()) + " one-sided confidence";
    return switch (s.feasibility()) {
      case FEASIBLE -> ", and it meets every bound at " + level;
      case UNDECIDED ->
          ", but on its "
              + s.replications()
              + " selection replications a bound is no longer settled at "
              + level
              + " (check the table)";
      case INFEASIBLE ->
          ", but on its " + s.replications() + " selection replications it breaks a bound";
    };
  }

  ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ExperimentReport(
        "What to choose: " + scenario.metadata().title(),
        scenario.metadata().marking(),
        "optimisation report",
        scenario.metadata().description(),
        facts(),
        findings(),
        precision(),
        charts,
        tables(),
        method(),
        scenario.metadata().assumptions().castToList(),
        files);
  }

  private List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    Metric m = summary.request().objective();
    facts.add(
        new Fact(
            "Scenario", summary.metadata().title() + " (" + summary.metadata().scenarioId() + ")"));
    facts.add(
        new Fact(
            "Objective",
            m.label()
                + " ("
                + m.id()
                + ", "
                + (m.lowerIsBetter() ? "lower" : "higher")
                + " is better)"));
    for (DecisionVariable v : summary.variables()) {
      facts.add(
          new Fact(
              "Decision " + v.id(),
              v.kind() + ": " + v.levels().collect(l -> l.label()).makeString(", ")));
    }
    facts.add(new Fact("Bounds", bounds()));
    facts.add(
        new Fact(
            "Candidates",
            String.format(
                Locale.ROOT,
                "%,d in the space; %,d evaluated (%s)",
                summary.spaceSize(),
                summary.candidates().size(),
                summary.method())));
    facts.add(
        new Fact(
            "Run budget",
            String.format(
                Locale.ROOT, "%,d runs; %,d made", summary.request().budget(), summary.runs())));
    facts.add(new Fact("Seed", String.valueOf(summary.metadata().seed())));
    facts.add(new Fact("Precinct version", summary.metadata().precinctVersion()));
    facts.add(new Fact("Scenario SHA-256", summary.metadata().scenarioHash()));
    return facts;
  }

  private String bounds() {
    List<String> parts = new ArrayList<>();
    if (Double.isFinite(summary.request().maxCostPerDay())) {
      parts.add(
          String.format(
              Locale.ROOT, "cost per day <= %s (exact)", summary.request().maxCostPerDay()));
    }
    summary.request().constraints().forEach(c -> parts.add(c.text()));
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  private List<String> findings() {
    List<String> sentences = new ArrayList<>();
    sentences.add(advice(summary, scenario));
    Metric m = summary.request().objective();
    summary
        .selection()
        .ifPresent(
            s -> {
              sentences.add(
                  "Against the scenario as written it changes "
                      + m.label().toLowerCase(Locale.ROOT)
                      + " by "
                      + EffectText.signed(m, s.versusBaseline().mean())
                      + " ("
                      + EffectText.bounds(m, s.versusBaseline())
                      + ", paired over "
                      + s.replications()
                      + " replications).");
              sentences.add(secondEffect(s));
              if (s.hasRunnerUp()) {
                sentences.add(
                    "The runner-up is "
                        + new DecisionSpace(scenario, summary.variables()).brief(s.runnerUp())
                        + "; the chosen differs from it by "
                        + EffectText.signed(m, s.versusRunnerUp().mean())
                        + " ("
                        + EffectText.bounds(m, s.versusRunnerUp())
                        + ").");
              }
            });
    sentences.add(
        String.format(
            Locale.ROOT,
            "%d of %d candidates searched met every bound with confidence; %d could not be settled on %d replications.",
            summary.feasibleCount(),
            summary.candidates().size(),
            summary.undecidedCount(),
            summary.searchReplications()));
    return sentences;
  }

  /** What the choice does to the second front's metric, which the objective does not see. */
  private String secondEffect(Selection s) {
    Metric second = summary.request().second();
    CandidateResult chosen = summary.candidate(s.chosen());
    return "On the search's replications it moves "
        + second.label().toLowerCase(Locale.ROOT)
        + " from "
        + EffectText.value(second, summary.baseline().second().mean())
        + " (as written) to "
        + EffectText.value(second, chosen.second().mean())
        + (summary.secondFront().contains(s.chosen())
            ? "; it is on the front against that count."
            : "; it is not on the front against that count: the second chart shows which"
                + " candidates trade a little "
                + summary.request().objective().label().toLowerCase(Locale.ROOT)
                + " for less of it.");
  }

  private String precision() {
    return summary
        .selection()
        .map(
            s ->
                "The choice rests on "
                    + s.replications()
                    + " replications of the chosen candidate among "
                    + s.finalists()
                    + " finalists; every interval is a 95% Student-t interval; the indifference zone is "
                    + EffectText.value(summary.request().objective(), s.delta())
                    + ".")
        .orElse("No candidate was selected.");
  }

  private List<ReportTable> tables() {
    List<ReportTable> tables = new ArrayList<>();
    summary.selection().ifPresent(s -> tables.add(chosenTable(s)));
    tables.add(frontTable("The front against stated cost", summary.costFront()));
    tables.add(
        frontTable(
            "The front against " + summary.request().second().label().toLowerCase(Locale.ROOT),
            summary.secondFront()));
    return tables;
  }

  private ReportTable chosenTable(Selection s) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < s.chosenMetrics().size(); i++) {
      MetricEstimate c = s.chosenMetrics().get(i);
      String runnerUp =
          s.hasRunnerUp()
              ? EffectText.withInterval(c.metric(), s.runnerUpMetrics().get(i).estimate())
              : "";
      rows.add(
          ReportTable.Row.of(
              c.metric().label(), EffectText.withInterval(c.metric(), c.estimate()), runnerUp));
    }
    return new ReportTable(
        "The chosen candidate and the runner-up",
        "Every metric over the selection's replications, mean with 95% interval.",
        List.of("Metric", "Chosen", "Runner-up"),
        rows);
  }

  private ReportTable frontTable(String title, Iterable<Long> keys) {
    List<ReportTable.Row> rows = new ArrayList<>();
    int rank = 1;
    Metric m = summary.request().objective();
    Metric second = summary.request().second();
    for (long key : keys) {
      CandidateResult c = summary.candidate(key);
      rows.add(
          ReportTable.Row.of(
              "F" + rank++,
              c.label(),
              String.format(Locale.ROOT, "%.2f", c.costPerDay()),
              EffectText.withInterval(m, c.objective()),
              EffectText.withInterval(second, c.second()),
              c.feasibility().id()));
    }
    return new ReportTable(
        title,
        "Candidates no other searched candidate beats on both counts (search replications).",
        List.of("", "Candidate", "Cost/day", m.label(), second.label(), "Feasibility"),
        rows);
  }

  private List<String> method() {
    return List.of(
        "Every candidate runs on the same replications (common random numbers), so differences between candidates are paired.",
        ScenarioOptimisationText.search(summary),
        "Feasibility: a bound on a metric holds when the one-sided "
            + EffectText.percent(summary.request().confidence())
            + " confidence bound of the candidate's mean is inside it; only candidates feasible in that sense are finalists, and the chosen one is judged again on all its replications. The cost per day is judged exactly.",
        "Selection: the KN procedure of Kim and Nelson (2001) adds one replication at a time to the finalists still in contention and eliminates a candidate once its mean is worse than another's by more than a continuation region that shrinks with the replications; when the best finalist is better than the rest by at least the indifference zone, it is chosen with probability at least the stated one, for normally distributed outputs and under common random numbers.",
        "Limits: the guarantee is about the finalists; with the genetic search the best candidate of the space may never have been found. See docs/experiments.md.");
  }
}
