package org.precinct.cli.output;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.result.BandSeries;
import org.precinct.engine.result.CampaignOutcome;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.GroupSummary;
import org.precinct.engine.result.OutcomeCount;
import org.precinct.engine.result.RunMetadata;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.result.SeriesResolution;

/**
 * The aggregated tidy CSV tables of a run, one observation per row, for R, pandas or a spreadsheet:
 * the daily and hourly series, per-campaign outcomes and harmful-request outcomes. A series row
 * says what its group is (group_kind all, category, channel or queue): the same totals repeat under
 * each kind, so sums over groups are taken within one kind.
 */
public final class TidyTables {
  /** The daily series' file name. */
  public static final String DAILY = "daily.csv";

  /** The hourly series' file name. */
  public static final String HOURLY = "hourly.csv";

  /** The per-campaign outcomes' file name. */
  public static final String CAMPAIGNS = "campaigns.csv";

  /** The harmful-request outcomes' file name. */
  public static final String OUTCOMES = "outcomes.csv";

  /** The breakdown tables' file name (voter outcomes by question, parity by side). */
  public static final String BREAKDOWNS = "breakdowns.csv";

  private TidyTables() {}

  /** Writes daily.csv, hourly.csv, campaigns.csv and outcomes.csv from the aggregated result. */
  public static void writeAggregates(Path folder, ScenarioResult result) {
    writeSeries(folder.resolve(DAILY), result.metadata(), result.dailySeries());
    writeSeries(folder.resolve(HOURLY), result.metadata(), result.hourlySeries());
    writeCampaigns(folder.resolve(CAMPAIGNS), result);
    writeOutcomes(folder.resolve(OUTCOMES), result.outcomes());
    if (!result.groups().isEmpty()) {
      writeBreakdowns(folder.resolve(BREAKDOWNS), result);
    }
  }

  private static void writeBreakdowns(Path file, ScenarioResult result) {
    try (CsvTable table =
        CsvTable.create(
            file, "table", "group", "measure", "replications", "mean", "ci_low", "ci_high")) {
      for (GroupSummary g : result.groups()) {
        table.row(
            g.table(),
            g.group(),
            g.measure(),
            g.replications(),
            CsvTable.number(g.mean()),
            CsvTable.number(g.ciLow()),
            CsvTable.number(g.ciHigh()));
      }
    }
  }

  private static void writeSeries(Path file, RunMetadata meta, ImmutableList<BandSeries> series) {
    try (CsvTable table =
        CsvTable.create(
            file,
            "series",
            "group_kind",
            "group",
            "unit",
            "bin",
            "start",
            "utc_offset",
            "zone",
            "days_to_election",
            "mean",
            "median",
            "p10",
            "p90",
            "ci_low",
            "ci_high")) {
      for (BandSeries s : series) {
        String groupKind = GroupKind.of(s.kind(), s.group()).id();
        for (int i = 0; i < s.size(); i++) {
          ZonedDateTime start = meta.binStart(s.resolution(), i);
          table.row(
              s.id(),
              groupKind,
              s.group(),
              s.unit(),
              i,
              CsvCells.localTime(start),
              CsvCells.offset(start),
              meta.zone().getId(),
              daysToElection(meta, s.resolution(), i),
              CsvTable.number(s.mean()[i]),
              CsvTable.number(s.median()[i]),
              CsvTable.number(s.p10()[i]),
              CsvTable.number(s.p90()[i]),
              CsvTable.number(s.ciLow()[i]),
              CsvTable.number(s.ciHigh()[i]));
        }
      }
    }
  }

  private static long daysToElection(RunMetadata meta, SeriesResolution resolution, int bin) {
    return java.time.temporal.ChronoUnit.DAYS.between(
        meta.electionDay(), meta.binStart(resolution, bin).toLocalDate());
  }

  private static void writeCampaigns(Path file, ScenarioResult result) {
    try (CsvTable table =
        CsvTable.create(
            file,
            "campaign",
            "label",
            "category",
            "channel",
            "start",
            "end",
            "zone",
            "median_hours_to_first_detection",
            "median_hours_to_first_enforcement",
            "median_hours_to_disruption",
            "disrupted_share")) {
      RunMetadata meta = result.metadata();
      for (CampaignOutcome c : result.campaigns()) {
        table.row(
            c.campaignId(),
            c.label(),
            kebab(c.category().name()),
            c.channelId(),
            CsvCells.localTime(meta.dateTimeAt(c.startTicks())),
            CsvCells.localTime(meta.dateTimeAt(c.endTicks())),
            meta.zone().getId(),
            CsvTable.number(c.medianFirstDetectionHours()),
            CsvTable.number(c.medianEnforcementHours()),
            CsvTable.number(c.medianDisruptionHours()),
            CsvTable.number(c.disruptedShare()));
      }
    }
  }

  private static void writeOutcomes(Path file, ImmutableList<OutcomeCount> outcomes) {
    try (CsvTable table = CsvTable.create(file, "category", "channel", "outcome", "mean_count")) {
      for (OutcomeCount o : outcomes) {
        table.row(
            kebab(o.category().name()),
            o.channelId(),
            kebab(o.outcome().name()),
            CsvTable.number(o.meanCount()));
      }
    }
  }

  private static String kebab(String enumName) {
    return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
