package org.precinct.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.fixture.SampleResults;
import org.precinct.engine.result.Metric;

final class TidyTablesTest {
  @TempDir Path dir;

  @Test
  void replicationsHaveOneRowPerReplicationAndMetric() throws IOException {
    try (ReplicationRows rows = ReplicationRows.open(dir)) {
      SampleResults.replications().forEach(rows);
    }

    List<String> lines = Files.readAllLines(dir.resolve(ReplicationRows.FILE));
    assertThat(lines.get(0)).isEqualTo("replication,metric,value,unit");
    assertThat(lines).hasSize(1 + 2 * Metric.values().length);
    assertThat(lines.get(1))
        .isEqualTo("0," + Metric.values()[0].id() + ",0," + Metric.values()[0].unit());
  }

  @Test
  void seriesRowsCarryTheirCalendarBinAndDaysToElection() throws IOException {
    TidyTables.writeAggregates(dir, SampleResults.result());

    List<String> daily = Files.readAllLines(dir.resolve(TidyTables.DAILY));
    assertThat(daily.get(0))
        .isEqualTo(
            "series,group_kind,group,unit,bin,start,utc_offset,zone,days_to_election,"
                + "mean,median,p10,p90,ci_low,ci_high");
    assertThat(daily).hasSize(4);
    assertThat(daily.get(1))
        .startsWith(
            "harm-delivered,all,all,outputs/day,0,2024-11-03 00:00:00,-04:00,America/New_York,-2,");
    assertThat(Files.readAllLines(dir.resolve(TidyTables.HOURLY))).hasSize(5);
  }

  @Test
  void campaignsAndOutcomesAreWrittenWithUndefinedTimesLeftEmpty() throws IOException {
    TidyTables.writeAggregates(dir, SampleResults.result());

    List<String> campaigns = Files.readAllLines(dir.resolve(TidyTables.CAMPAIGNS));
    assertThat(campaigns.get(1))
        .isEqualTo(
            "wave-1,First wave,election-misinformation,consumer-app,2024-11-03 00:00:00,"
                + "2024-11-05 23:00:00,America/New_York,5.5,20.25,,0.25");
    assertThat(Files.readAllLines(dir.resolve(TidyTables.OUTCOMES)))
        .containsExactly(
            "category,channel,outcome,mean_count",
            "election-misinformation,consumer-app,refused,12.5");
  }

  @Test
  void everySeriesRowNamesItsGroupKindSoSumsStayWithinOneBreakdown() throws IOException {
    TidyTables.writeAggregates(dir, SampleResults.result());

    List<String> daily = Files.readAllLines(dir.resolve(TidyTables.DAILY));
    assertThat(daily.subList(1, daily.size()))
        .allSatisfy(
            row -> assertThat(row.split(",")[1]).isIn("all", "category", "channel", "queue"));
  }
}
