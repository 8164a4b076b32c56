package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.engine.experiment.ComparisonSummary;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.MixComparison;
import org.precinct.engine.experiment.ReplicationBudget;
import org.precinct.engine.experiment.ScenarioVariant;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The comparison report in words: what each mix gains over the baseline on the deciding metric,
 * whether that survives Holm's correction for comparing several mixes (Holm 1979), how often it
 * wins replication by replication, and what it costs in money, reviewer hours and false positives.
 */
final class ComparisonReportContent {

  private static final double ALPHA = 0.05;

  private final ComparisonSummary summary;
  private final ScenarioSpec scenario;
  private final Metric metric;
  private final PracticalImportance importance;

  ComparisonReportContent(
      ComparisonSummary summary, ScenarioSpec scenario, PracticalImportance importance) {
    this.summary = summary;
    this.scenario = scenario;
    this.metric = summary.metric();
    this.importance = importance;
  }

  ExperimentReport report(List<Chart> charts, List<String> files) {
    return new ExperimentReport(
        "What each mix gains: " + scenario.metadata().title(),
        scenario.metadata().marking(),
        "comparison report",
        scenario.metadata().description(),
        facts(),
        findings(),
        precision(),
        charts,
        ComparisonTables.all(summary, importance),
        method(),
        scenario.metadata().assumptions().castToList(),
        files);
  }

  private List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            "Scenario", summary.metadata().title() + " (" + summary.metadata().scenarioId() + ")"));
    facts.add(
        new Fact(
            "Deciding metric", metric.label() + " (" + metric.id() + ", " + metric.unit() + ")"));
    facts.add(
        new Fact(
            "Smallest change that matters",
            importance.percent()
                + " of the baseline, "
                + EffectText.value(metric, importance.threshold(baselineMean()))
                + " "
                + metric.unit()
                + " (--min-effect)"));
    facts.add(new Fact("Baseline", describe(summary.baseline())));
    summary.mixes().forEach(m -> facts.add(new Fact("Mix " + m.id(), describe(m))));
    facts.add(
        new Fact(
            "Replications",
            summary.precision().replications() + " per variant, paired by common random numbers"));
    facts.add(new Fact("Simulation runs", String.format(Locale.ROOT, "%,d", summary.runs())));
    facts.add(new Fact("Seed", String.valueOf(summary.metadata().seed())));
    facts.add(new Fact("Precinct version", summary.metadata().precinctVersion()));
    facts.add(new Fact("Scenario SHA-256", summary.metadata().scenarioHash()));
    return facts;
  }

  private static String describe(ScenarioVariant variant) {
    String on = variant.interventions().on().toSortedList().makeString(", ");
    return variant.label() + "; interventions on: " + (on.isEmpty() ? "none" : on);
  }

  private List<String> findings() {
    List<String> sentences = new ArrayList<>();
    for (MixComparison m : summary.result().mixes()) {
      sentences.add(finding(m));
    }
    MixComparison best =
        summary
            .result()
            .mixes()
            .select(m -> m.significant(ALPHA))
            .maxByOptional(m -> EffectText.benefit(metric, m.difference()).mean())
            .orElse(null);
    if (best == null || EffectText.benefit(metric, best.difference()).mean() <= 0) {
      sentences.add(
          "No mix improves "
              + lower(metric.label())
              + " on the baseline by more than chance,"
              + " after Holm's correction for comparing "
              + summary.mixes().size()
              + " mixes.");
    } else {
      PracticalImportance.Verdict verdict = importance.judge(best, baselineMean(), ALPHA);
      sentences.add(
          "The best mix on "
              + lower(metric.label())
              + " is "
              + best.mixId()
              + "; its gain holds after Holm's correction for comparing "
              + summary.mixes().size()
              + " mixes"
              + switch (verdict) {
                case MATTERS -> " and clears the " + importance.percent() + " that matters.";
                case TOO_SMALL ->
                    ", but it is smaller than the "
                        + importance.percent()
                        + " of the baseline stated as the smallest change that matters:"
                        + " no mix makes a difference worth acting on by that standard.";
                default ->
                    "; whether it reaches the "
                        + importance.percent()
                        + " that matters, these replications do not settle.";
              });
    }
    return sentences;
  }

  private String finding(MixComparison m) {
    Estimate benefit = EffectText.benefit(metric, m.difference());
    double base = baselineMean();
    return m.mixId()
        + " "
        + EffectText.verb(metric, benefit.mean())
        + " "
        + lower(metric.label())
        + " by "
        + EffectText.value(metric, Math.abs(benefit.mean()))
        + " "
        + metric.unit()
        + ", "
        + PracticalImportance.relative(Math.abs(m.difference().mean()) / Math.abs(base))
        + " of the baseline's "
        + EffectText.value(metric, base)
        + " (paired 95% CI of the difference "
        + EffectText.bounds(metric, m.difference())
        + ", "
        + PracticalImportance.ofBaseline(m.difference().ciLow(), base)
        + " to "
        + PracticalImportance.ofBaseline(m.difference().ciHigh(), base)
        + "): "
        + verdict(m)
        + "; it does better in "
        + EffectText.percent(m.betterShare())
        + " of the paired replications and worse in "
        + EffectText.percent(m.worseShare())
        + ". "
        + perCost(m, benefit.mean())
        + " Beside it, "
        + costs(m.mixId())
        + ".";
  }

  private String verdict(MixComparison m) {
    String p = String.format(Locale.ROOT, "Holm-adjusted p = %.2g", m.holmPValue());
    String threshold = importance.percent() + " of the baseline";
    return switch (importance.judge(m, baselineMean(), ALPHA)) {
      case CHANCE -> "not distinguishable from chance (" + p + ")";
      case MATTERS ->
          "a real difference ("
              + p
              + ") that matters: the whole interval lies beyond "
              + threshold
              + ", the smallest change stated as mattering";
      case TOO_SMALL ->
          "detectable ("
              + p
              + ") but too small to matter: the whole interval lies within "
              + threshold
              + ", the smallest change stated as mattering";
      case UNSETTLED ->
          "detectable ("
              + p
              + "), but whether it reaches "
              + threshold
              + ", the smallest change stated as mattering, these replications do not settle";
    };
  }

  /** The effect per unit of stated cost, when the cost changes. */
  private String perCost(MixComparison m, double benefit) {
    MixComparison cost =
        summary.of(Metric.INTERVENTION_COST).mixes().detect(x -> x.mixId().equals(m.mixId()));
    if (cost == null || metric == Metric.INTERVENTION_COST) {
      return "";
    }
    Metric unit = Metric.INTERVENTION_COST;
    double added = cost.difference().mean();
    String costText = EffectText.value(unit, Math.abs(added)) + " " + unit.unit();
    String effect = metric.unit();
    if (Math.abs(added) < 1e-9) {
      return "It changes no stated cost.";
    }
    double perUnit = Math.abs(benefit) / Math.abs(added);
    String rate = EffectText.value(metric, perUnit) + " " + effect;
    if (added > 0) {
      return benefit > 0
          ? "Per unit of stated cost: " + rate + " better for each of the " + costText + " added."
          : "It adds " + costText + " of stated cost and does no better.";
    }
    return benefit >= 0
        ? "It also saves " + costText + " of stated cost."
        : "Per unit of stated cost: " + rate + " worse for each of the " + costText + " saved.";
  }

  private double baselineMean() {
    return summary.result().baseline().mean();
  }

  private String costs(String mixId) {
    List<String> parts = new ArrayList<>();
    for (Metric side : ComparisonTables.sideMetrics(summary)) {
      MixComparison c = summary.of(side).mixes().detect(x -> x.mixId().equals(mixId));
      parts.add(lower(side.label()) + " " + EffectText.signed(side, c.difference().mean()));
    }
    return String.join(", ", parts);
  }

  private String precision() {
    String base =
        String.format(
            Locale.ROOT,
            "Each difference rests on %d paired replications; the widest 95%% CI half-width on the"
                + " deciding metric is %s %s.",
            summary.precision().replications(),
            EffectText.value(metric, summary.result().widestHalfWidth()),
            metric.unit());
    if (summary.precision().budget() instanceof ReplicationBudget.ToPrecision target) {
      return base
          + (summary.precision().reached()
              ? " The --target-ci was reached."
              : " The --target-ci was not reached within "
                  + target.target().maxReplications()
                  + " replications.");
    }
    return base;
  }

  private List<String> method() {
    return List.of(
        "The baseline and every mix ran in the same replications: replication r uses the same"
            + " random streams in every variant (common random numbers), so each difference is"
            + " computed replication by replication and summarised by its mean and a Student-t 95%"
            + " confidence interval.",
        "Comparing several mixes with one baseline raises the chance that one looks better by luck;"
            + " the deciding metric's p-values are therefore adjusted with Holm's step-down procedure"
            + " (Holm 1979), which keeps the chance of any false claim at 5%. Other metrics are"
            + " descriptive. Methods and limits: docs/experiments.md.");
  }

  private static String lower(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
