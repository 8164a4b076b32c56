package org.precinct.cli.play;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * Applies an edited events list to a scenario: a row whose number is an existing inject updates its
 * time, title, narrative, expected outcome and learning points (its model changes stay); a row for
 * a decision point may move it in time; a row with a new number adds a narrative-only inject (no
 * model change). Events missing from the file are kept as they are.
 */
final class MselImport {
  private MselImport() {}

  /** The scenario with the rows applied. */
  static ScenarioSpec apply(ScenarioSpec s, List<MselRow> rows) {
    Map<Integer, MselEvent> byNumber = new HashMap<>();
    MselEvent.of(s).forEach(e -> byNumber.put(e.number(), e));
    MutableList<InjectSpec> injects = s.injects().toList();
    MutableList<DecisionPointSpec> decisions = s.decisionPoints().toList();
    for (MselRow row : rows) {
      long at = ticks(s.timeline(), row);
      MselEvent event = byNumber.get(row.number());
      if (event == null) {
        injects.add(added(s, row, at));
      } else if (event.decision()) {
        decisions.replaceAll(d -> d.id().equals(event.id()) ? moved(d, at) : d);
      } else {
        injects.replaceAll(i -> i.id().equals(event.id()) ? edited(i, row, at) : i);
      }
    }
    return withEvents(s, injects, decisions);
  }

  private static ScenarioSpec withEvents(
      ScenarioSpec s, MutableList<InjectSpec> injects, MutableList<DecisionPointSpec> decisions) {
    return new ScenarioSpec(
        s.metadata(),
        s.timeline(),
        s.channels(),
        s.campaigns(),
        s.benign(),
        s.defenses(),
        s.queues(),
        s.enforcement(),
        s.harmWeighting(),
        injects.toImmutable(),
        s.interventions(),
        decisions.toImmutable(),
        s.exercise(),
        s.uncertainties(),
        s.run(),
        s.voters(),
        s.reach());
  }

  private static long ticks(TimelineSpec timeline, MselRow row) {
    LocalDateTime time =
        MselTime.parse(row.time())
            .orElseThrow(
                () ->
                    row.problem(
                        "time", "'" + row.time() + "' is not a time; write " + MselTime.EXAMPLES));
    long at = timeline.ticksAt(time.atZone(timeline.zone()));
    if (at < 0 || at > timeline.endTicks()) {
      throw row.problem("time", row.time() + " is outside the scenario's timeline");
    }
    return at;
  }

  private static InjectSpec edited(InjectSpec i, MselRow row, long at) {
    return new InjectSpec(
        i.id(),
        at,
        row.title(),
        row.narrative(),
        i.changes(),
        row.expectedOutcome(),
        Lists.immutable.withAll(row.learningPoints()),
        i.discussionQuestions(),
        i.moduleId(),
        row.delivery());
  }

  private static InjectSpec added(ScenarioSpec s, MselRow row, long at) {
    return new InjectSpec(
        "msel-" + row.number(),
        at,
        row.title(),
        row.narrative(),
        Lists.immutable.empty(),
        row.expectedOutcome(),
        Lists.immutable.withAll(row.learningPoints()),
        Lists.immutable.empty(),
        MselEvent.moduleAt(s, at),
        row.delivery());
  }

  private static DecisionPointSpec moved(DecisionPointSpec d, long at) {
    return new DecisionPointSpec(d.id(), at, d.question(), d.options());
  }
}
