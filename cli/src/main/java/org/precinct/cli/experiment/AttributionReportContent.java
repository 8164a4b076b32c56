package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.experiment.AttributionMethod;
import org.precinct.engine.experiment.AttributionResult;
import org.precinct.engine.experiment.AttributionSummary;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.InterventionAttribution;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The attribution report in words: which three interventions matter most, how sure that is (their
 * intervals and how often a bootstrap of the replications keeps them in the top three), what each
 * costs and what it does to reviewer hours, false positives and wrongful enforcement.
 */
final class AttributionReportContent {

  private final AttributionSummary summary;
  private final ScenarioSpec scenario;
  private final Metric metric;
  private final ImmutableList<InterventionAttribution> ranking;

  AttributionReportContent(AttributionSummary summary, ScenarioSpec scenario) {
    this.summary = summary;
    this.scenario = scenario;
    this.metric = summary.metric();
    this.ranking = summary.result().ranking();
  }

  /** The axis label of a metric's benefit, e.g. "Reduction in harmful outputs delivered". */
  static String benefitLabel(Metric metric) {
    String what =
        metric.label().substring(0, 1).toLowerCase(Locale.ROOT) + metric.label().substring(1);
    return (metric.lowerIsBetter() ? "Reduction in " : "Increase in ")
        + what
        + " ("
        + metric.unit()
        + ")";
  }

  ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ExperimentReport(
        "Which interventions matter most: " + scenario.metadata().title(),
        scenario.metadata().marking(),
        "attribution report",
        scenario.metadata().description(),
        facts(),
        new AttributionFindings(summary).sentences(),
        precision(),
        charts,
        List.of(
            rankingTable(),
            AttributionTables.sideEffects(summary),
            AttributionTables.interactions(summary)),
        method(),
        scenario.metadata().assumptions().castToList(),
        files);
  }

  List<String> consoleLines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        summary.metadata().scenarioId()
            + ": attribution of "
            + ranking.size()
            + " interventions on "
            + metric.label().toLowerCase(Locale.ROOT)
            + ", "
            + summary.runs()
            + " runs");
    int rank = 1;
    for (InterventionAttribution a : ranking) {
      Estimate benefit = EffectText.benefit(metric, a.shapley());
      lines.add(
          String.format(
              Locale.ROOT,
              "  %2d. %-40s %s  in top 3: %s  cost %s/day",
              rank++,
              summary.intervention(a.id()).label(),
              EffectText.withInterval(metric, benefit),
              EffectText.percent(a.rank().topShare()),
              EffectText.value(
                  Metric.INTERVENTION_COST, summary.intervention(a.id()).costPerDay())));
    }
    lines.add(precision());
    return lines;
  }

  private List<Fact> facts() {
    AttributionResult result = summary.result();
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "Scenario", summary.metadata().title() + " (" + summary.metadata().scenarioId() + ")"));
    facts.add(new Fact("Metric", metric.label() + " (" + metric.id() + ", " + metric.unit() + ")"));
    facts.add(new Fact("Interventions attributed", String.valueOf(ranking.size())));
    facts.add(new Fact("Method", methodName(result)));
    facts.add(new Fact("Replications", replicationsText(result)));
    facts.add(new Fact("Simulation runs", String.format(Locale.ROOT, "%,d", summary.runs())));
    facts.add(new Fact("Seed", String.valueOf(summary.metadata().seed())));
    facts.add(
        new Fact(
            "With none / with all",
            EffectText.value(metric, result.noneValue().mean())
                + " / "
                + EffectText.value(metric, result.allValue().mean())));
    facts.add(new Fact("Precinct version", summary.metadata().precinctVersion()));
    facts.add(new Fact("Scenario SHA-256", summary.metadata().scenarioHash()));
    return facts;
  }

  private String methodName(AttributionResult result) {
    int n = ranking.size();
    return result.method() == AttributionMethod.EXACT
        ? "exact Shapley values over all " + (1 << n) + " subsets (Shapley 1953)"
        : "Shapley values from " + result.samples() + " sampled permutations (Castro et al. 2009)";
  }

  private String replicationsText(AttributionResult result) {
    return result.method() == AttributionMethod.EXACT
        ? result.replications() + " per subset, paired by common random numbers"
        : result.samples() + " permutation samples, one replication each";
  }

  String precision() {
    String base =
        String.format(
            Locale.ROOT,
            "The widest 95%% confidence interval of a Shapley value has a half-width of %s %s.",
            EffectText.value(metric, summary.result().widestHalfWidth()),
            metric.unit());
    if (summary.precision().budget() instanceof ReplicationBudget.ToPrecision target) {
      double goal = target.target().halfWidth();
      return base
          + (summary.precision().reached()
              ? " The target of " + EffectText.value(metric, goal) + " was reached."
              : " The target of "
                  + EffectText.value(metric, goal)
                  + " was not reached within the cap of "
                  + target.target().maxReplications()
                  + " replications; raise --max-replications.");
    }
    return base + " Use --target-ci to run until a chosen half-width is reached.";
  }

  private ReportTable rankingTable() {
    List<ReportTable.Row> rows = new ArrayList<>();
    int rank = 1;
    for (InterventionAttribution a : ranking) {
      Estimate benefit = EffectText.benefit(metric, a.shapley());
      rows.add(
          ReportTable.Row.of(
              String.valueOf(rank++),
              summary.intervention(a.id()).label() + " (" + a.id() + ")",
              EffectText.value(metric, benefit.mean()),
              EffectText.bounds(metric, benefit),
              EffectText.percent(a.rank().topShare()),
              a.rank().bestRank() + " to " + a.rank().worstRank(),
              EffectText.value(metric, EffectText.benefit(metric, a.leaveOneOut()).mean()),
              EffectText.value(metric, EffectText.benefit(metric, a.addOneIn()).mean()),
              EffectText.value(
                  Metric.INTERVENTION_COST, summary.intervention(a.id()).costPerDay())));
    }
    return new ReportTable(
        "Ranking",
        benefitLabel(metric)
            + " credited to each intervention: its Shapley value with a paired 95% CI; how often a"
            + " bootstrap of the replications puts it in the top three, and the ranks it takes;"
            + " what is lost if only it is cut (leave-one-out) and what it does alone (add-one-in);"
            + " its stated cost per day.",
        List.of(
            "Rank",
            "Intervention",
            "Shapley",
            "95% CI",
            "In top 3",
            "Rank range",
            "Leave-one-out",
            "Add-one-in",
            "Cost per day"),
        rows);
  }

  private List<String> method() {
    return List.of(
        "Each subset of the attributed interventions was switched on (the others off; interventions"
            + " not attributed keep their default state) and run in the same replications: replication"
            + " r uses the same random streams in every subset (common random numbers), so every"
            + " contrast is a paired difference.",
        "An intervention's Shapley value is its marginal effect averaged over every order in which"
            + " the interventions could be added (Shapley 1953); the values add up to the change from"
            + " none to all. It is computed within each replication, and its 95% CI is a Student-t"
            + " interval across replications. With more than ten interventions, orders are sampled"
            + " (Castro, Gomez and Tejada 2009) and the interval covers the sampling error too.",
        "The rank range and the share in the top three come from 1,000 bootstrap resamples of the"
            + " replications (Efron 1979); with fewer than about 20 replications they are optimistic.",
        "Side effects and costs are Shapley values of reviewer hours, benign requests flagged,"
            + " wrongful enforcements and stated cost over the same runs. Methods and limits:"
            + " docs/experiments.md.");
  }
}
