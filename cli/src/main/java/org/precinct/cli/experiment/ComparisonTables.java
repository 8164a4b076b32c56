package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.engine.experiment.ComparisonSummary;
import org.precinct.engine.experiment.MetricComparison;
import org.precinct.engine.experiment.MixComparison;
import org.precinct.engine.experiment.SideEffects;
import org.precinct.engine.result.Metric;

/**
 * The tables of a comparison report: the deciding metric, the costs and every metric, formatted.
 */
final class ComparisonTables {

  private ComparisonTables() {}

  static List<ReportTable> all(ComparisonSummary summary, PracticalImportance importance) {
    return List.of(
        decidingTable(summary, importance), sideEffectTable(summary), allMetricsTable(summary));
  }

  private static ReportTable decidingTable(
      ComparisonSummary summary, PracticalImportance importance) {
    Metric metric = summary.metric();
    double base = summary.result().baseline().mean();
    List<ReportTable.Row> rows = new ArrayList<>();
    rows.add(
        ReportTable.Row.of(
            summary.baseline().id(),
            EffectText.withInterval(metric, summary.result().baseline()),
            "",
            "",
            "",
            "",
            "",
            "",
            ""));
    for (MixComparison m : summary.result().mixes()) {
      rows.add(
          ReportTable.Row.of(
              m.mixId(),
              EffectText.withInterval(metric, m.value()),
              EffectText.signed(metric, m.difference().mean())
                  + " ("
                  + EffectText.bounds(metric, m.difference())
                  + ")",
              PracticalImportance.ofBaseline(m.difference().mean(), base)
                  + " ("
                  + PracticalImportance.ofBaseline(m.difference().ciLow(), base)
                  + " to "
                  + PracticalImportance.ofBaseline(m.difference().ciHigh(), base)
                  + ")",
              String.format(Locale.ROOT, "%.3g", m.pValue()),
              String.format(Locale.ROOT, "%.3g", m.holmPValue()),
              EffectText.percent(m.betterShare()),
              EffectText.percent(m.worseShare()),
              verdict(importance.judge(m, base, 0.05))));
    }
    return new ReportTable(
        metric.label(),
        "The deciding metric under each variant, each mix's paired difference from the baseline with"
            + " its 95% CI, the paired t-test p-value, the p-value adjusted for comparing several"
            + " mixes (Holm 1979), the share of replications in which the mix did better or worse,"
            + " and whether the difference matters: its whole interval beyond "
            + importance.percent()
            + " of the baseline (the smallest change stated as mattering, --min-effect), within it"
            + " (too small), or across it (unsettled).",
        List.of(
            "Variant",
            "Value (95% CI)",
            "Difference (95% CI)",
            "% of baseline (95% CI)",
            "p",
            "Holm p",
            "Better in",
            "Worse in",
            "Matters?"),
        rows);
  }

  private static String verdict(PracticalImportance.Verdict verdict) {
    return switch (verdict) {
      case CHANCE -> "no (chance)";
      case TOO_SMALL -> "no (too small)";
      case UNSETTLED -> "unsettled";
      case MATTERS -> "yes";
    };
  }

  private static ReportTable sideEffectTable(ComparisonSummary summary) {
    Metric metric = summary.metric();
    return differenceTable(
        summary,
        "Other objectives and costs",
        "Each mix's paired difference from the baseline in each other objective and each cost,"
            + " with its 95% CI (not adjusted for multiple comparisons).",
        sideMetrics(summary));
  }

  /**
   * The metrics shown beside the decision metric: the other objectives some mix moves (harm, voters
   * misinformed or turned away, parity), then the costs.
   */
  static List<Metric> sideMetrics(ComparisonSummary summary) {
    Metric metric = summary.metric();
    return SideEffects.OBJECTIVES
        .select(
            m -> m != metric && summary.of(m).mixes().anySatisfy(x -> x.difference().mean() != 0.0))
        .newWithAll(SideEffects.besides(metric))
        .newWithAll(
            SideEffects.STATED_COSTS.select(
                m ->
                    m != metric
                        && summary.of(m).mixes().anySatisfy(x -> x.difference().mean() != 0.0)))
        .castToList();
  }

  private static ReportTable allMetricsTable(ComparisonSummary summary) {
    List<Metric> all = summary.metrics().collect(MetricComparison::metric).castToList();
    return differenceTable(
        summary,
        "All metrics",
        "Every metric's paired difference from the baseline (descriptive; not adjusted for"
            + " multiple comparisons).",
        all);
  }

  private static ReportTable differenceTable(
      ComparisonSummary summary, String title, String intro, List<Metric> metrics) {
    List<String> header = new ArrayList<>(List.of("Metric", "Baseline"));
    summary.mixes().forEach(m -> header.add(m.id()));
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Metric m : metrics) {
      List<String> cells = new ArrayList<>();
      cells.add(m.label());
      cells.add(EffectText.value(m, summary.of(m).baseline().mean()));
      for (MixComparison c : summary.of(m).mixes()) {
        cells.add(
            EffectText.signed(m, c.difference().mean())
                + " ("
                + EffectText.bounds(m, c.difference())
                + ")");
      }
      rows.add(new ReportTable.Row(cells));
    }
    return new ReportTable(title, intro, header, rows);
  }
}
