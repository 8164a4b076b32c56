package org.precinct.engine.experiment.tabletop;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * The decision points of a scenario in the order an exercise meets them (by time, then as written),
 * and the translation of a list of choices into the timed changes of a run.
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
   * The changes that choices for the first {@code choices.size()} decision points make, each at its
   * decision's time, in exercise order.
   *
   * @throws IllegalArgumentException if a choice names another decision than the one due, or an
   *     unknown option
   */
  public ImmutableList<ScheduledChange> changes(ImmutableList<Choice> choices) {
    if (choices.size() > points.size()) {
      throw new IllegalArgumentException(
          choices.size() + " choices for " + points.size() + " decision points");
    }
    MutableList<ScheduledChange> out = Lists.mutable.empty();
    choices.forEachWithIndex(
        (choice, k) -> {
          DecisionPointSpec point = points.get(k);
          if (!point.id().equals(choice.decisionId())) {
            throw new IllegalArgumentException(
                "choice "
                    + (k + 1)
                    + " is for "
                    + choice.decisionId()
                    + ", expected "
                    + point.id());
          }
          option(point, choice.optionId())
              .changes()
              .forEach(c -> out.add(new ScheduledChange(point.atTicks(), c)));
        });
    return out.toImmutable();
  }
}
