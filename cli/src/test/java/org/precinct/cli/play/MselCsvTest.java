package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.command.ScenarioSource;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;

final class MselCsvTest {
  private static final ScenarioSpec SCENARIO = ScenarioSource.load(Console.scenario()).spec();
  @TempDir Path dir;

  @Test
  void theEventsListHasThePlannersColumnsAndEveryInjectAndDecisionInTimeOrder() throws IOException {
    Path csv = dir.resolve("msel.csv");
    MselCsv.write(csv, MselEvent.of(SCENARIO), SCENARIO.timeline());
    String text = Files.readString(csv);

    assertThat(text.lines().findFirst())
        .hasValue("number,time,inject,expected outcome,objective,learning points");
    assertThat(MselCsv.read(csv))
        .extracting(MselRow::number, MselRow::time, MselRow::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "2024-10-24 08:00", "Vendor outage"),
            org.assertj.core.groups.Tuple.tuple(
                2, "2024-10-26 09:00", "Decision: Add reviewers for the next five days?"),
            org.assertj.core.groups.Tuple.tuple(
                3, "2024-10-30 09:00", "Decision: Open cases after two flags instead of three?"),
            org.assertj.core.groups.Tuple.tuple(4, "2024-11-01 06:00", "Zebra wave begins"),
            org.assertj.core.groups.Tuple.tuple(
                5, "2024-11-03 09:00", "Decision: Speed up suspensions for the last days?"));
    assertThat(text).contains("Quokka backlog rises", "Enforce against a fifth");
  }

  @Test
  void anEditedEventsListMovesAndRewordsInjectsKeepsTheirChangesAndAddsNarrativeOnes()
      throws IOException {
    Path csv = dir.resolve("edited.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "number,time,inject,expected outcome,objective,learning points",
            "1,2024-10-23 10:00,\"Vendor outage, earlier\nTwo reviewers drop.\",Backlog doubles.,,"
                + "\"First point\nSecond point\"",
            "9,2024-10-28 12:00,Press inquiry,The team answers within an hour.,,"));
    ScenarioSpec edited = MselImport.apply(SCENARIO, MselCsv.read(csv));

    InjectSpec outage = edited.injects().detect(i -> i.id().equals("vendor-outage"));
    assertThat(outage.title()).isEqualTo("Vendor outage, earlier");
    assertThat(outage.narrative()).isEqualTo("Two reviewers drop.");
    assertThat(outage.expectedOutcome()).isEqualTo("Backlog doubles.");
    assertThat(outage.learningPoints()).containsExactly("First point", "Second point");
    assertThat(outage.changes())
        .isEqualTo(SCENARIO.injects().detect(i -> i.id().equals("vendor-outage")).changes());
    assertThat(SCENARIO.timeline().dateTimeAt(outage.atTicks()).getHour()).isEqualTo(10);
    InjectSpec added = edited.injects().detect(i -> i.id().equals("msel-9"));
    assertThat(added.changes()).isEmpty();
    assertThat(added.moduleId()).isEqualTo("first-week");
    assertThat(edited.injects()).hasSize(3);
  }

  @Test
  void aBadTimeIsReportedWithItsLineAndColumn() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.write(
        csv,
        List.of(
            "number,time,inject,expected outcome,objective,learning points",
            "1,tomorrow,Outage,,,"));

    assertThatThrownBy(() -> MselImport.apply(SCENARIO, MselCsv.read(csv)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2, column 'time'")
        .hasMessageContaining("'tomorrow' is not a time like 2024-10-25 08:00");
  }

  @Test
  void aFileWithOtherColumnsIsRefusedNamingTheExpectedOnes() throws IOException {
    Path csv = dir.resolve("columns.csv");
    Files.write(csv, List.of("id,when,what", "1,2,3"));

    assertThatThrownBy(() -> MselCsv.read(csv))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 1: the columns must be number, time, inject");
  }
}
