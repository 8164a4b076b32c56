package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * The decision points of a scenario by time (a state-triggered one by its earliest time), then as
 * written, and the translation of a list of choices into the timed changes of a run. A session
 * meets a state-triggered decision where its trigger fires in the story replication, so its place
 * in the exercise may differ from its place here.
 */
public final class DecisionSchedule {
  private final ImmutableList<DecisionPointSpec> points;

  /** The schedule of a scenario's decision points. */
  public DecisionSchedule(ScenarioSpec scenario) {
    this.points =
        scenario.decisionPoints().toSortedListBy(DecisionPointSpec::atTicks).toImmutable();
  }

  /** The decision points in exercise order. */
  public ImmutableList<DecisionPointSpec> points() {
    return points;
  }

  /** How many decision points there are. */
  public int size() {
    return points.size();
  }

  /** The {@code k}-th decision point in exercise order, from 0. */
  public DecisionPointSpec point(int k) {
    return points.get(k);
  }

  /**
   * The option of a decision point with this id.
   *
   * @throws IllegalArgumentException naming the valid ids when there is no such option
   */
  public static DecisionOptionSpec option(DecisionPointSpec point, String optionId) {
    DecisionOptionSpec found = point.options().detect(o -> o.id().equals(optionId));
    if (found == null) {
      throw new IllegalArgumentException(
          "decision "
              + point.id()
              + " has no option '"
              + optionId
              + "' (options: "
              + point.options().collect(DecisionOptionSpec::id).makeString(", ")
              + ")");
    }
    return found;
  }

  /**
   * The changes that choices make, in the order made: each at its decision's time, or, for a
   * state-triggered decision, armed on its trigger.
   *
   * @throws IllegalArgumentException if a choice names an unknown decision or option, or a decision
   *     twice
   */
  public ImmutableList<ScheduledChange> changes(ImmutableList<Choice> choices) {
    MutableList<ScheduledChange> out = Lists.mutable.empty();
    java.util.Set<String> seen = new java.util.HashSet<>();
    choices.forEachWithIndex(
        (choice, k) -> {
          DecisionPointSpec point = points.detect(p -> p.id().equals(choice.decisionId()));
          if (point == null || !seen.add(point.id())) {
            throw new IllegalArgumentException(
                "choice "
                    + (k + 1)
                    + " is for "
                    + choice.decisionId()
                    + (point == null ? ", which is no decision point" : ", decided already")
                    + " (decision points: "
                    + points.collect(DecisionPointSpec::id).makeString(", ")
                    + ")");
          }
          option(point, choice.optionId()).changes().forEach(c -> out.add(point.scheduled(c)));
        });
    return out.toImmutable();
  }
}
