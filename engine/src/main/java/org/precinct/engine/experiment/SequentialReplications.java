package org.precinct.engine.experiment;

import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Sequential replication to a target precision (Law 2015, section 9.4.1; Chow and Robbins 1965):
 * run a pilot, project the count the square-root law says the target needs, run up to it, and look
 * again, until the governing half-width is below the target or the cap is reached.
 *
 * <p>Each step asks for at least one batch more, at most four times the current count, and never
 * more than the cap. Run the experiment through {@link CellOutcomes} so each look only simulates
 * the new replications. Stopping on a look at the data makes the final interval's coverage slightly
 * below nominal; a pilot of at least ten keeps that small.
 */
public final class SequentialReplications {

  private SequentialReplications() {}

  /**
   * Runs {@code experiment} at growing replication counts until {@code halfWidth} of its result
   * meets {@code target}.
   */
  public static <T> Sequential<T> run(
      TargetPrecision target, IntFunction<T> experiment, ToDoubleFunction<T> halfWidth) {
    int n = target.initialReplications();
    while (true) {
      T result = experiment.apply(n);
      double achieved = halfWidth.applyAsDouble(result);
      if (achieved <= target.halfWidth()) {
        return new Sequential<>(result, n, achieved, true);
      }
      if (n >= target.maxReplications()) {
        return new Sequential<>(result, n, achieved, false);
      }
      n = nextCount(target, n, achieved);
    }
  }

  /** The next replication count after {@code n} gave half-width {@code achieved}. */
  static int nextCount(TargetPrecision target, int n, double achieved) {
    double ratio = achieved / target.halfWidth();
    double projected = Double.isFinite(ratio) ? Math.ceil(n * ratio * ratio) : 4.0 * n;
    long next = Math.max(n + (long) target.batchReplications(), (long) projected);
    next = Math.min(next, 4L * n);
    return (int) Math.min(next, target.maxReplications());
  }
}
