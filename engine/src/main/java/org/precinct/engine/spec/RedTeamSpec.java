package org.precinct.engine.spec;

/**
 * A red-team cadence for one classifier: every {@code everyDays} days from the start an exercise
 * begins (costing {@code costPerExercise}); {@code leadTimeTicks} later its findings are deployed,
 * which counts as the classifier's update, so its recall drift starts again from nothing.
 *
 * @param everyDays days between exercises (0 = no red team); interventions can change it
 * @param leadTimeTicks from an exercise's start to its findings in production
 * @param costPerExercise the cost of one exercise, added to the run's intervention cost
 */
public record RedTeamSpec(double everyDays, long leadTimeTicks, double costPerExercise) {
  public RedTeamSpec {
    Require.nonNegative(everyDays, "red-team everyDays");
    Require.nonNegative(leadTimeTicks, "red-team leadTimeTicks");
    Require.nonNegative(costPerExercise, "red-team costPerExercise");
  }

  /** No red team. */
  public static RedTeamSpec none() {
    return new RedTeamSpec(0, 0, 0);
  }
}
