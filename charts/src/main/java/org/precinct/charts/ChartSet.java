package org.precinct.charts;

import java.util.ArrayList;
import java.util.List;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.ScenarioResult;

/**
 * Every chart of one run, with its file name, in the order a report shows them: how quickly misuse
 * is caught, when harm gets through, whether review keeps up, each campaign's fate, and where
 * harmful requests ended.
 */
public final class ChartSet {

  private ChartSet() {}

  /** Draws every run chart of the result; the disruption curve only when the result has one. */
  public static List<NamedChart> of(ScenarioResult result) {
    List<NamedChart> charts = new ArrayList<>();
    charts.add(timeToCatch(result, "time-to-detect", CurveKind.DETECTION));
    charts.add(timeToCatch(result, "time-to-enforce", CurveKind.ENFORCEMENT));
    if (result.curves().anySatisfy(c -> c.kind() == CurveKind.DISRUPTION)) {
      charts.add(timeToCatch(result, "time-to-disrupt", CurveKind.DISRUPTION));
    }
    HarmOverTimeChart.Options harm = HarmOverTimeChart.Options.all();
    charts.add(
        new NamedChart(
            "harm-over-time",
            HarmOverTimeChart.create(HarmOverTimeChart.dataset(result, harm), harm)));
    for (var election : result.metadata().elections()) {
      HarmOverTimeChart.Options one = HarmOverTimeChart.Options.election(election.id());
      charts.add(
          new NamedChart(
              "harm-over-time-" + election.id(),
              HarmOverTimeChart.create(HarmOverTimeChart.dataset(result, one), one)));
    }
    if (VoterOutcomesChart.applies(result)) {
      charts.add(
          new NamedChart(
              "voter-outcomes", VoterOutcomesChart.create(VoterOutcomesChart.dataset(result))));
    }
    ReviewOperationsChart.Options review = ReviewOperationsChart.Options.all();
    charts.add(
        new NamedChart(
            "review-operations",
            ReviewOperationsChart.create(ReviewOperationsChart.dataset(result, review), review)));
    CampaignTimelineChart.Options timeline = CampaignTimelineChart.Options.standard();
    charts.add(
        new NamedChart(
            "campaign-timeline",
            CampaignTimelineChart.create(
                CampaignTimelineChart.dataset(result, timeline), timeline)));
    charts.add(outcomes(result, "outcomes-by-category", OutcomeBreakdownChart.Grouping.CATEGORY));
    charts.add(outcomes(result, "outcomes-by-channel", OutcomeBreakdownChart.Grouping.CHANNEL));
    return List.copyOf(charts);
  }

  private static NamedChart timeToCatch(ScenarioResult result, String name, CurveKind kind) {
    TimeToCatchChart.Options options =
        kind == CurveKind.DISRUPTION
            ? new TimeToCatchChart.Options(kind, false, 0)
            : TimeToCatchChart.Options.byCategory(kind);
    return new NamedChart(
        name, TimeToCatchChart.create(TimeToCatchChart.dataset(result, options), options));
  }

  private static NamedChart outcomes(
      ScenarioResult result, String name, OutcomeBreakdownChart.Grouping grouping) {
    OutcomeBreakdownChart.Options options = new OutcomeBreakdownChart.Options(grouping, true);
    return new NamedChart(
        name,
        OutcomeBreakdownChart.create(OutcomeBreakdownChart.dataset(result, options), options));
  }
}
