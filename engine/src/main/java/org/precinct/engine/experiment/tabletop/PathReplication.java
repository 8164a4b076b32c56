package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.RunPlan;
import org.precinct.engine.model.ElectionModel;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * One replication replayed along a decision path: the scenario runs as written and pauses at each
 * decision time, where the chosen changes are applied after every event of that time; so a fork is
 * a pure function of (scenario, plan, replication, path) and needs no saved state. The changes
 * chosen at a state-triggered decision are armed from the start instead and apply where that
 * decision's trigger fires in this replication.
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
    return replay(scenario, plan, replication, path, untilTicks, Lists.immutable.empty());
  }

  /**
   * As above, also watching the triggers of {@code watched} (state-triggered decisions not yet on
   * the path), so {@link ElectionModel#firstFiredAt} tells where each would come.
   */
  public static ElectionModel replay(
      ScenarioSpec scenario,
      RunPlan plan,
      int replication,
      ImmutableList<ScheduledChange> path,
      long untilTicks,
      ImmutableList<DecisionPointSpec> watched) {
    ElectionModel model =
        new ElectionModel(
            scenario,
            plan.interventions(),
            plan.extraChanges().newWithAll(path.select(ScheduledChange::isTriggered)),
            plan.seed(),
            replication);
    watched.forEach(d -> model.watch(d.id(), d.atTicks(), d.trigger()));
    for (ScheduledChange change : path.reject(ScheduledChange::isTriggered)) {
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
