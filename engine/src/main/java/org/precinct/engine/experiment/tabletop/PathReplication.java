package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * One replication replayed along a decision path: the scenario runs as written and pauses at each
 * decision time, where the chosen changes are applied after every event of that time; so a fork is
 * a pure function of (scenario, plan, replication, path) and needs no saved state.
 */
public final class PathReplication {
  private PathReplication() {}

  /**
   * Replication {@code replication} replayed up to {@code untilTicks}, with every path change due
   * at or before that time applied, and paused there.
   *
   * @param path decision changes in time order (see {@link DecisionSchedule#changes})
   */
  public static ElectionModel replay(
      ScenarioSpec scenario,
      RunPlan plan,
      int replication,
      ImmutableList<ScheduledChange> path,
      long untilTicks) {
    ElectionModel model =
        new ElectionModel(
            scenario, plan.interventions(), plan.extraChanges(), plan.seed(), replication);
    for (ScheduledChange change : path) {
      if (change.atTicks() > untilTicks) {
        break;
      }
      model.runUntil(change.atTicks());
      model.apply(Lists.immutable.of(change.change()));
    }
    model.runUntil(untilTicks);
    return model;
  }
}
