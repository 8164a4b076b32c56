package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import org.precinct.engine.experiment.AttributionSummary;
import org.precinct.engine.experiment.InterventionAttribution;
import org.precinct.engine.experiment.MetricAttribution;
import org.precinct.engine.experiment.PairInteraction;

/** The side-effect and interaction tables of an attribution report, formatted. */
final class AttributionTables {

  private AttributionTables() {}

  static ReportTable sideEffects(AttributionSummary summary) {
    List<String> header = new ArrayList<>(List.of("Intervention"));
    summary
        .sideEffects()
        .forEach(s -> header.add(s.metric().label() + " (" + s.metric().unit() + ")"));
    List<ReportTable.Row> rows = new ArrayList<>();
    for (InterventionAttribution a : summary.result().ranking()) {
      List<String> cells = new ArrayList<>(List.of(summary.intervention(a.id()).label()));
      for (MetricAttribution side : summary.sideEffects()) {
        var e = side.result().of(a.id()).shapley();
        cells.add(
            EffectText.signed(side.metric(), e.mean())
                + " ("
                + EffectText.bounds(side.metric(), e)
                + ")");
      }
      rows.add(new ReportTable.Row(cells));
    }
    return new ReportTable(
        "Other objectives and costs",
        "Each intervention's Shapley share of the change in each other objective (weighted harm,"
            + " voters misinformed or turned away, the parity gap where the scenario has sides) and"
            + " each cost, over the same runs, with its 95% CI: negative means the intervention"
            + " lowers that number, positive that it adds to it. An intervention that helps voters"
            + " but not harm shows here as such. Stated cost covers the whole scenario.",
        header,
        rows);
  }

  static ReportTable interactions(AttributionSummary summary) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (PairInteraction p : summary.result().interactions()) {
      double benefit = EffectText.benefit(summary.metric(), p.index()).mean();
      String reading =
          !p.index().excludesZero()
              ? "not distinguishable from additive"
              : benefit < 0 ? "overlap (less together)" : "reinforce (more together)";
      rows.add(
          ReportTable.Row.of(
              summary.intervention(p.firstId()).label()
                  + " + "
                  + summary.intervention(p.secondId()).label(),
              EffectText.signed(summary.metric(), p.index().mean()),
              EffectText.bounds(summary.metric(), p.index()),
              reading));
    }
    return new ReportTable(
        "Largest interactions",
        "Shapley interaction index of each pair (Grabisch and Roubens 1999), in the metric's units:"
            + " how much the pair changes the metric beyond the sum of its separate changes."
            + " Reported for the exact method only.",
        List.of("Pair", "Interaction index", "95% CI", "Reading"),
        rows);
  }
}
