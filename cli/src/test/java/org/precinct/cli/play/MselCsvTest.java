package org.precinct.cli.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.command.ScenarioSource;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TriggerCondition;
import org.precinct.engine.spec.TriggerSpec;

final class MselCsvTest {
  private static final ScenarioSpec SCENARIO = ScenarioSource.load(Console.scenario()).spec();
  @TempDir Path dir;

  @Test
  void theEventsListHasThePlannersColumnsAndEveryInjectAndDecisionInTimeOrder() throws IOException {
    Path csv = dir.resolve("msel.csv");
    MselCsv.write(csv, MselEvent.of(SCENARIO), SCENARIO.timeline());
    String text = Files.readString(csv);

    assertThat(text.lines().findFirst())
        .hasValue(
            "number,time,from,to,method,inject,expected player action,controller,objective,"
                + "learning points");
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
  void aStateTriggeredInjectShowsItsConditionInWordsAndRoundTripsThroughImport()
      throws IOException {
    InjectSpec first = SCENARIO.injects().get(0);
    TriggerSpec trigger =
        new TriggerSpec(
            Lists.immutable.of(
                new TriggerCondition.Backlog(SCENARIO.queues().get(0).id(), 200),
                new TriggerCondition.Takedowns(2)),
            true,
            Ticks.DAY);
    ScenarioSpec triggered =
        MselImportTestSupport.withInjects(
            SCENARIO, SCENARIO.injects().collect(i -> i == first ? i.withTrigger(0, trigger) : i));
    Path csv = dir.resolve("triggered.csv");
    MselCsv.write(csv, MselEvent.of(triggered), triggered.timeline());
    String words =
        "when backlog of "
            + SCENARIO.queues().get(0).id()
            + " > 200 and network takedowns >= 2,"
            + " every 1d";
    MselRow row =
        MselCsv.read(csv).stream().filter(r -> r.title().equals(first.title())).findFirst().get();
    assertThat(row.time()).isEqualTo(words);

    ScenarioSpec back = MselImport.apply(triggered, MselCsv.read(csv));
    assertThat(back.injects()).isEqualTo(triggered.injects());

    String text = Files.readString(csv);
    Files.writeString(csv, text.replace("> 200", "> 300"));
    assertThatThrownBy(() -> MselImport.apply(triggered, MselCsv.read(csv)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("column 'time'")
        .hasMessageContaining("edited in the scenario file")
        .hasMessageContaining(words);
  }

  @Test
  void anEditedEventsListMovesAndRewordsInjectsKeepsTheirChangesAndAddsNarrativeOnes()
      throws IOException {
    Path csv = dir.resolve("edited.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "number,time,inject,expected player action,objective,learning points",
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
  void aBadTimeIsReportedWithItsSpreadsheetRowNotItsCsvLine() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.write(
        csv,
        List.of(
            "number,time,inject,expected player action,objective,learning points",
            "1,2024-10-24 08:00,\"Outage",
            "Two lines of narrative",
            "and a third\",,,",
            "2,tomorrow,Outage,,,"));

    assertThatThrownBy(() -> MselImport.apply(SCENARIO, MselCsv.read(csv)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.csv row 3 (as a spreadsheet numbers it), column 'time'")
        .hasMessageContaining("'tomorrow' is not a time; write 2024-10-31 08:00")
        .hasMessageContaining("10/31/2024 8:00");
  }

  @Test
  void theOldSixColumnHeaderStillReadsAndColumnsMayComeInAnyOrder() throws IOException {
    Path csv = dir.resolve("old.csv");
    Files.write(
        csv,
        List.of(
            "\uFEFFNumber,Time,Inject,Expected outcome,Objective,Learning points",
            "1,10/23/2024 10:00 AM,Vendor outage,Backlog doubles.,,",
            ",,,,,",
            ""));
    Files.write(
        dir.resolve("reordered.csv"),
        List.of(
            "inject,controller,time,number", "Vendor outage,Lead controller,2024-10-23 10:00,1"));

    MselRow old = MselCsv.read(csv).get(0);
    assertThat(old.expectedOutcome()).isEqualTo("Backlog doubles.");
    assertThat(MselCsv.read(csv)).hasSize(1);
    MselRow reordered = MselCsv.read(dir.resolve("reordered.csv")).get(0);
    assertThat(reordered.delivery().controller()).isEqualTo("Lead controller");
    InjectSpec outage =
        MselImport.apply(SCENARIO, List.of(reordered))
            .injects()
            .detect(i -> i.id().equals("vendor-outage"));
    assertThat(outage.delivery().controller()).isEqualTo("Lead controller");
    assertThat(SCENARIO.timeline().dateTimeAt(outage.atTicks()).getHour()).isEqualTo(10);
    assertThat(
            MselImport.apply(SCENARIO, List.of(old))
                .injects()
                .detect(i -> i.id().equals("vendor-outage"))
                .atTicks())
        .isEqualTo(outage.atTicks());
  }

  @Test
  void aFileWithOtherColumnsIsRefusedNamingTheExpectedOnes() throws IOException {
    Path csv = dir.resolve("columns.csv");
    Files.write(csv, List.of("id,when,what", "1,2,3"));

    assertThatThrownBy(() -> MselCsv.read(csv))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("row 1: the columns must be number, time, from, to, method, inject");
  }

  @Test
  void theExportCarriesDeliveryColumnsAndTheExerciseWideObjectives() throws IOException {
    ScenarioSpec scenario = ScenarioSource.load("late-influence-operation").spec();
    Path csv = dir.resolve("msel.csv");
    MselCsv.write(csv, MselEvent.of(scenario), scenario.timeline());

    MselRow first = MselCsv.read(csv).get(0);
    assertThat(first.delivery().from()).isEqualTo("Threat intelligence desk (simulated)");
    assertThat(first.delivery().method()).isEqualTo("Alert in the case tool");
    assertThat(Files.readString(csv))
        .contains("Disrupt both campaigns before election day (campaigns-disrupted-before-election")
        .contains("[exercise-wide]");
    assertThat(MselImport.apply(scenario, MselCsv.read(csv))).isEqualTo(scenario);
  }
}
