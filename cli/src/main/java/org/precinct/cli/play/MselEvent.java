package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.DeliverySpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ModuleSpec;
import org.precinct.engine.spec.ObjectiveSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * One row of the master scenario events list (MSEL): an inject or a decision point, numbered in
 * time order, with the controller's expected outcome, the objectives it exercises and its learning
 * points.
 *
 * @param number 1-based position in time order (injects before decisions at the same time)
 * @param id the inject's or decision's id
 * @param decision whether the row is a decision point
 * @param objectives the objectives it exercises, each "label (metric target)": its module's, then
 *     the exercise-wide ones (objectives without a module)
 * @param atTicks its time; for a state-triggered event, the earliest time it may fire
 * @param delivery from whom, to whom, how and by which controller (empty for a decision point)
 * @param trigger a state-triggered event's condition in words ("when backlog of trust-safety > 200,
 *     once"), empty for a fixed-time one
 */
record MselEvent(
    int number,
    long atTicks,
    String id,
    boolean decision,
    String title,
    String narrative,
    String expectedOutcome,
    List<String> objectives,
    List<String> learningPoints,
    DeliverySpec delivery,
    String trigger) {

  /** Every inject and decision point of a scenario, in time order and numbered. */
  static List<MselEvent> of(ScenarioSpec scenario) {
    List<MselEvent> events = new ArrayList<>();
    for (InjectSpec i : scenario.injects()) {
      events.add(inject(scenario, i));
    }
    for (DecisionPointSpec d : scenario.decisionPoints()) {
      events.add(decision(scenario, d));
    }
    events.sort(
        Comparator.comparingLong(MselEvent::atTicks).thenComparingInt(e -> e.decision ? 1 : 0));
    List<MselEvent> numbered = new ArrayList<>();
    for (int n = 0; n < events.size(); n++) {
      MselEvent e = events.get(n);
      numbered.add(
          new MselEvent(
              n + 1,
              e.atTicks,
              e.id,
              e.decision,
              e.title,
              e.narrative,
              e.expectedOutcome,
              e.objectives,
              e.learningPoints,
              e.delivery,
              e.trigger));
    }
    return List.copyOf(numbered);
  }

  private static MselEvent inject(ScenarioSpec scenario, InjectSpec i) {
    String module = i.moduleId().isEmpty() ? moduleAt(scenario, i.atTicks()) : i.moduleId();
    return new MselEvent(
        0,
        i.atTicks(),
        i.id(),
        false,
        i.title(),
        i.narrative(),
        i.expectedOutcome(),
        objectives(scenario, module),
        i.learningPoints().castToList(),
        i.delivery(),
        i.isTriggered() ? i.trigger().describe() : "");
  }

  private static MselEvent decision(ScenarioSpec scenario, DecisionPointSpec d) {
    String options =
        "Options: " + d.options().collect(DecisionOptionSpec::label).makeString("; ") + ".";
    return new MselEvent(
        0,
        d.atTicks(),
        d.id(),
        true,
        "Decision: " + d.question(),
        options,
        "",
        objectives(scenario, moduleAt(scenario, d.atTicks())),
        List.of(),
        DeliverySpec.NONE,
        d.isTriggered() ? d.trigger().describe() : "");
  }

  /**
   * The time column: "yyyy-MM-dd HH:mm" for a fixed-time event; for a state-triggered one its
   * condition in words, after "from <time>, " when it may not fire before a time.
   */
  String timeCell(org.precinct.engine.spec.TimelineSpec timeline) {
    if (trigger.isEmpty()) {
      return PlayText.csvTime(timeline, atTicks);
    }
    return atTicks > 0 ? "from " + PlayText.csvTime(timeline, atTicks) + ", " + trigger : trigger;
  }

  /** The module whose window holds the time, or "" if none does. */
  static String moduleAt(ScenarioSpec scenario, long ticks) {
    ModuleSpec found =
        scenario.exercise().modules().detect(m -> m.fromTicks() <= ticks && ticks < m.toTicks());
    return found == null ? "" : found.id();
  }

  private static List<String> objectives(ScenarioSpec scenario, String moduleId) {
    var all = scenario.exercise().objectives();
    List<String> texts = new ArrayList<>();
    if (!moduleId.isEmpty()) {
      all.select(o -> o.moduleId().equals(moduleId)).forEach(o -> texts.add(objectiveText(o)));
    }
    all.select(o -> o.moduleId().isEmpty())
        .forEach(o -> texts.add(objectiveText(o) + " [exercise-wide]"));
    return List.copyOf(texts);
  }

  /** An objective with its target, e.g. "Keep waits short (mean-wait-hours at most 12)". */
  static String objectiveText(ObjectiveSpec o) {
    String comparison = o.comparison().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return o.label() + " (" + o.metric() + " " + comparison + " " + PlayText.cost(o.target()) + ")";
  }
}
