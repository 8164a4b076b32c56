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
import org.precinct.engine.spec.TriggerSpec;

/**
 * Applies an edited events list to a scenario: a row whose number is an existing inject updates its
 * time, title, narrative, expected outcome and learning points (its model changes stay); a row for
 * a decision point may move it in time; a row with a new number adds a narrative-only inject (no
 * model change). Events missing from the file are kept as they are. A state-triggered event's time
 * cell holds its condition in words, as exported: kept as written it keeps the trigger (and its
 * "from" time may move); a plain time makes it a fixed-time inject; other words are refused, since
 * a condition is edited in the scenario file.
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
      MselEvent event = byNumber.get(row.number());
      int when = row.time().indexOf("when ");
      if (when >= 0) {
        if (event == null || event.trigger().isEmpty()) {
          throw row.problem("time", notTheCondition(row.time(), "this event has no state trigger"));
        }
        if (!row.time().substring(when).equals(event.trigger())) {
          throw row.problem("time", notTheCondition(row.time(), "keep '" + event.trigger() + "'"));
        }
        String from = row.time().substring(0, when).strip();
        long notBefore =
            from.isEmpty() ? 0L : ticks(s.timeline(), row, from.replaceAll("^from |,$", ""));
        if (event.decision()) {
          decisions.replaceAll(d -> d.id().equals(event.id()) ? d.withAtTicks(notBefore) : d);
        } else {
          injects.replaceAll(
              i -> i.id().equals(event.id()) ? edited(i, row, notBefore, i.trigger()) : i);
        }
        continue;
      }
      long at = ticks(s.timeline(), row, row.time());
      if (event == null) {
        injects.add(added(s, row, at));
      } else if (event.decision()) {
        decisions.replaceAll(d -> d.id().equals(event.id()) ? moved(d, at) : d);
      } else {
        injects.replaceAll(
            i -> i.id().equals(event.id()) ? edited(i, row, at, TriggerSpec.NONE) : i);
      }
    }
    return withEvents(s, injects, decisions);
  }

  private static ScenarioSpec withEvents(
      ScenarioSpec s, MutableList<InjectSpec> injects, MutableList<DecisionPointSpec> decisions) {
    return s.withEvents(injects.toImmutable(), decisions.toImmutable());
  }

  private static String notTheCondition(String text, String hint) {
    return "'"
        + text
        + "' is not a time nor this event's condition ("
        + hint
        + "); a state trigger's condition is edited in the scenario file";
  }

  private static long ticks(TimelineSpec timeline, MselRow row, String text) {
    LocalDateTime time =
        MselTime.parse(text)
            .orElseThrow(
                () ->
                    row.problem(
                        "time",
                        "'"
                            + text
                            + "' is not a time; write "
                            + MselTime.EXAMPLES
                            + " (or, for a state-triggered event, its condition as exported)"));
    long at = timeline.ticksAt(time.atZone(timeline.zone()));
    if (at < 0 || at > timeline.endTicks()) {
      throw row.problem("time", text + " is outside the scenario's timeline");
    }
    return at;
  }

  private static InjectSpec edited(InjectSpec i, MselRow row, long at, TriggerSpec trigger) {
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
        row.delivery(),
        trigger);
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

  /** A decision point at a fixed time (a triggered one given a plain time loses its trigger). */
  private static DecisionPointSpec moved(DecisionPointSpec d, long at) {
    return new DecisionPointSpec(d.id(), at, d.question(), d.options());
  }
}
