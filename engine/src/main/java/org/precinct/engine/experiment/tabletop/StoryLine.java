package org.precinct.engine.experiment.tabletop;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * Where the state triggers fire in the story replication (replication 0) along a decision path: the
 * state-triggered decisions still to come (watched, so they change nothing) and the state-triggered
 * injects. A session stops at a triggered decision where it fires here and shows a triggered inject
 * once it has fired here; since a replication is a pure function of its seed, index and path, the
 * same path always gives the same times.
 */
final class StoryLine {
  /** The replication whose trigger times a session follows. */
  static final int STORY_REPLICATION = 0;

  private final Map<String, Long> firstFired;

  private StoryLine(Map<String, Long> firstFired) {
    this.firstFired = firstFired;
  }

  /** The story replication run to the end along {@code path}, watching {@code watched}. */
  static StoryLine along(
      ScenarioSpec scenario,
      RunPlan plan,
      ImmutableList<ScheduledChange> path,
      ImmutableList<DecisionPointSpec> watched) {
    long end = scenario.timeline().endTicks();
    ElectionModel model =
        PathReplication.replay(scenario, plan, STORY_REPLICATION, path, end, watched);
    Map<String, Long> times = new HashMap<>();
    watched.forEach(d -> times.put(d.id(), model.firstFiredAt(d.id())));
    scenario
        .injects()
        .select(InjectSpec::isTriggered)
        .forEach(i -> times.put(i.id(), model.firstFiredAt(i.id())));
    return new StoryLine(times);
  }

  /** When the trigger {@code id} first fired in the story replication, or -1 if it never did. */
  long firstFired(String id) {
    return firstFired.getOrDefault(id, -1L);
  }
}
