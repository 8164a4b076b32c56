package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.precinct.cli.output.MetricText;
import org.precinct.cli.play.AfterActionView.ActionRow;
import org.precinct.cli.play.AfterActionView.Chart;
import org.precinct.cli.play.AfterActionView.DecisionSection;
import org.precinct.cli.play.AfterActionView.ExpectationRow;
import org.precinct.cli.play.AfterActionView.Fact;
import org.precinct.cli.play.AfterActionView.ObjectiveRow;
import org.precinct.cli.play.AfterActionView.Row;
import org.precinct.cli.play.AfterActionView.TimelineRow;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.experiment.tabletop.DecisionRecord;
import org.precinct.engine.experiment.tabletop.ExerciseOutcome;
import org.precinct.engine.experiment.tabletop.ModuleAssessment;
import org.precinct.engine.experiment.tabletop.ObjectiveAssessment;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Builds the after-action report's content from a played exercise: every number comes from the
 * results (objectives from the replications of the chosen path, alternatives from the forks), and
 * nothing depends on when or where it was played, so a replay writes the same report.
 */
final class AfterActionContent {
  private final ScenarioSpec scenario;
  private final ExerciseOutcome outcome;
  private final RoomNotes notes;

  private AfterActionContent(ScenarioSpec scenario, ExerciseOutcome outcome, RoomNotes notes) {
    this.scenario = scenario;
    this.outcome = outcome;
    this.notes = notes;
  }

  /** The report's view of a played exercise, with the charts to show. */
  static AfterActionView of(
      ScenarioSpec scenario,
      ExerciseOutcome outcome,
      RunPlan plan,
      List<Chart> charts,
      RoomNotes notes) {
    AfterActionContent c = new AfterActionContent(scenario, outcome, notes);
    List<String> improvements = DebriefFindings.improvements(outcome);
    return new AfterActionView(
        scenario.metadata().title(),
        scenario.metadata().marking(),
        c.facts(plan),
        c.overview(plan),
        outcome.objectives().objectives().collect(c::objective).castToList(),
        outcome.objectives().modules().collect(AfterActionContent::module).castToList(),
        PlayText.proportion(outcome.objectives().allMet()),
        c.timeline(),
        outcome.decisions().collect(c::decision).castToList(),
        DebriefFindings.strengths(outcome),
        improvements,
        c.expectations(),
        actions(improvements),
        charts,
        scenario.metadata().assumptions().castToList());
  }

  private List<Fact> facts(RunPlan plan) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Scenario", scenario.metadata().id()));
    facts.add(new Fact("Replications", Integer.toString(plan.replications())));
    facts.add(new Fact("Seed", Long.toString(plan.seed())));
    facts.add(
        new Fact("Interventions on", String.join(", ", plan.interventions().on().toSortedList())));
    for (DecisionRecord r : outcome.decisions()) {
      facts.add(new Fact("Decision " + r.stop().decision().id(), r.chosen().label()));
    }
    return facts;
  }

  private String overview(RunPlan plan) {
    return "The team played "
        + scenario.metadata().title()
        + " from "
        + PlayText.clock(scenario.timeline(), 0)
        + " to "
        + PlayText.clock(scenario.timeline(), scenario.timeline().endTicks())
        + ", with "
        + scenario.injects().size()
        + " injects and "
        + outcome.decisions().size()
        + " decisions. Every figure is a mean over "
        + plan.replications()
        + " replications with its 95% confidence interval; at each decision every option was"
        + " run from the same simulated state with the same random numbers. "
        + scenario.metadata().description();
  }

  private ObjectiveRow objective(ObjectiveAssessment a) {
    String scope = a.objective().moduleId().isEmpty() ? "exercise" : a.objective().moduleId();
    return new ObjectiveRow(
        a.objective().label(),
        scope,
        MselEvent.objectiveText(a.objective()),
        a.met().share() >= DebriefFindings.WEAK ? "Met" : "Not met",
        PlayText.proportion(a.met()),
        a.metric().label()
            + ": "
            + PlayText.estimate(a.metric(), a.value())
            + " against "
            + MetricText.value(a.metric(), a.objective().target()));
  }

  private static Fact module(ModuleAssessment m) {
    return new Fact(m.module().label(), PlayText.proportion(m.allMet()));
  }

  private List<TimelineRow> timeline() {
    List<Moment> moments = new ArrayList<>();
    List<InjectSpec> made = new ArrayList<>(outcome.injectsAfterLastDecision().castToList());
    outcome.decisions().forEach(r -> made.addAll(r.stop().injectsSince().castToList()));
    for (InjectSpec written : scenario.injects()) {
      // a state-triggered inject is told where it fired in the story replication, if it did
      InjectSpec i =
          written.isTriggered()
              ? made.stream().filter(m -> m.id().equals(written.id())).findFirst().orElse(null)
              : written;
      if (i == null) {
        continue;
      }
      String detail = i.narrative() + " Expected outcome: " + i.expectedOutcome();
      moments.add(new Moment(i.atTicks(), 0, "Inject", i.title(), detail));
    }
    for (DecisionRecord r : outcome.decisions()) {
      moments.add(
          new Moment(
              r.stop().decision().atTicks(),
              1,
              "Decision",
              r.stop().decision().question(),
              "Chosen: " + r.chosen().label() + "."));
    }
    moments.sort(Comparator.comparingLong(Moment::at).thenComparingInt(Moment::order));
    return moments.stream()
        .map(
            m ->
                new TimelineRow(
                    PlayText.moment(scenario.timeline(), m.at()), m.kind(), m.what(), m.detail()))
        .toList();
  }

  private record Moment(long at, int order, String kind, String what, String detail) {}

  private DecisionSection decision(DecisionRecord r) {
    ComparisonTable table = ComparisonTable.of(r.stop().comparison(), r.chosen().id());
    return new DecisionSection(
        PlayText.moment(scenario.timeline(), r.stop().decision().atTicks())
            + ": "
            + r.stop().decision().id(),
        r.stop().decision().question(),
        r.chosen().label(),
        DebriefFindings.changed(r),
        DebriefFindings.alternatives(r),
        table.header(),
        table.rows().stream().map(Row::new).toList(),
        notes
            .decisions()
            .getOrDefault(r.stop().decision().id(), Map.of())
            .getOrDefault("note", ""));
  }

  /** Every inject's expected outcome with its score from the room, "Not scored" when none. */
  private List<ExpectationRow> expectations() {
    List<ExpectationRow> rows = new ArrayList<>();
    for (InjectSpec i : scenario.injects()) {
      Map<String, String> score = notes.expectations().getOrDefault(i.id(), Map.of());
      rows.add(
          new ExpectationRow(
              i.title(),
              i.expectedOutcome(),
              rating(score.getOrDefault("rating", "")),
              score.getOrDefault("note", "")));
    }
    return rows;
  }

  private static String rating(String rating) {
    return switch (rating) {
      case "met" -> "Met";
      case "partly" -> "Partly met";
      case "not-met" -> "Not met";
      default -> "Not scored";
    };
  }

  /** The improvement plan: one open row per area for improvement, at least three to fill in. */
  private static List<ActionRow> actions(List<String> improvements) {
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(3, improvements.size()); i++) {
      boolean known = i < improvements.size();
      rows.add(
          new ActionRow(
              Integer.toString(i + 1), known ? improvements.get(i) : "", known ? "Open" : ""));
    }
    return rows;
  }
}
