package org.precinct.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precinct.cli.output.Headline;
import org.precinct.cli.output.MetricText;
import org.precinct.cli.output.RunAssessment;
import org.precinct.cli.report.ReportView.CampaignRow;
import org.precinct.cli.report.ReportView.Chart;
import org.precinct.cli.report.ReportView.Fact;
import org.precinct.cli.report.ReportView.Finding;
import org.precinct.cli.report.ReportView.MetricRow;
import org.precinct.engine.result.CampaignOutcome;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.MetricSummary;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.spec.MetadataSpec;

/** Turns a result and its scenario's metadata into the words and numbers of the report. */
public final class ReportContent {
  private ReportContent() {}

  /** The report view of a run of a fixed count, without objectives. */
  public static ReportView view(
      ScenarioResult result, MetadataSpec scenario, List<Chart> charts, List<String> files) {
    return view(result, RunAssessment.none(), scenario, charts, files);
  }

  /** The report view of a run with its assessment (objectives, target precision). */
  public static ReportView view(
      ScenarioResult result,
      RunAssessment assessment,
      MetadataSpec scenario,
      List<Chart> charts,
      List<String> files) {
    RunMetadata meta = result.metadata();
    List<Headline> headlines = Headline.of(result);
    List<Fact> facts = facts(meta, scenario);
    assessment
        .stop()
        .ifPresent(s -> facts.add(facts.size() - 2, new Fact("Stopped", Precision.stop(s))));
    return new ReportView(
        meta.title(),
        marking(meta.marking()),
        scenario.description().strip(),
        scenario.assumptions().castToList(),
        facts,
        findings(headlines, meta.confidenceLevel(), result.campaigns().size()),
        Precision.statement(headlines, meta.replications()),
        ObjectiveRows.of(assessment, result),
        charts,
        result.metrics().collect(ReportContent::metricRow).castToList(),
        result.campaigns().collect(ReportContent::campaignRow).castToList(),
        result
            .groups()
            .select(g -> VOTER_TABLES.contains(g.table()))
            .collect(ReportContent::breakdownRow)
            .castToList(),
        WaitRows.of(result),
        files,
        ElectionRows.of(result));
  }

  /** The breakdown tables of the voter side; the review-wait tables have their own section. */
  private static final java.util.Set<String> VOTER_TABLES = java.util.Set.of("parity", "questions");

  static String marking(String marking) {
    return marking.isBlank() ? "No handling marking given; ask the author before sharing" : marking;
  }

  private static List<Fact> facts(RunMetadata meta, MetadataSpec scenario) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Scenario", meta.scenarioId() + " (sha256 " + shortHash(meta) + ")"));
    facts.add(new Fact("Author", scenario.author()));
    facts.add(
        new Fact(
            "Window",
            meta.start().toLocalDate()
                + " to "
                + meta.end().toLocalDate()
                + " ("
                + meta.zone().getId()
                + ")"));
    facts.add(new Fact("Election day", meta.electionDay().toString()));
    facts.add(
        new Fact(
            "Interventions on",
            meta.interventionsOn().isEmpty()
                ? "none"
                : String.join(", ", meta.interventionsOn().toSortedList())));
    facts.add(new Fact("Replications", Integer.toString(meta.replications())));
    facts.add(new Fact("Seed", Long.toString(meta.seed())));
    facts.add(new Fact("Precinct", meta.precinctVersion()));
    return facts;
  }

  private static String shortHash(RunMetadata meta) {
    String hash = meta.scenarioHash();
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static List<Finding> findings(List<Headline> headlines, double level, int campaigns) {
    return headlines.stream()
        .map(
            h ->
                new Finding(
                    h.metric().label(), Findings.sentence(h, level, campaigns), h.precise()))
        .toList();
  }

  private static MetricRow metricRow(MetricSummary m) {
    return new MetricRow(
        m.metric().label(),
        m.metric().id(),
        MetricText.value(m.metric(), m.mean()),
        MetricText.bounds(m),
        MetricText.value(m.metric(), m.median()),
        MetricText.value(m.metric(), m.p10()) + " to " + MetricText.value(m.metric(), m.p90()));
  }

  private static ReportView.BreakdownRow breakdownRow(GroupSummary g) {
    boolean rate = g.measure().endsWith("-rate") || g.measure().endsWith("-share");
    return new ReportView.BreakdownRow(
        g.table().equals("parity") ? "By side" : "By question",
        g.group(),
        g.measure().replace('-', ' '),
        rate ? percent(g.mean()) : count(g.mean()),
        rate
            ? percent(g.ciLow()) + " to " + percent(g.ciHigh())
            : count(g.ciLow()) + " to " + count(g.ciHigh()));
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.2f%%", 100 * share) : "n/a";
  }

  private static String count(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.1f", value) : "n/a";
  }

  private static CampaignRow campaignRow(CampaignOutcome c) {
    return new CampaignRow(
        c.label(),
        c.category().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        c.channelId(),
        hours(c.medianFirstDetectionHours()),
        hours(c.medianEnforcementHours()),
        hours(c.medianDisruptionHours()),
        String.format(Locale.ROOT, "%.0f%%", 100 * c.disruptedShare()));
  }

  private static String hours(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f h", value) : "not reached";
  }
}
