package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Runs every point of a one- or two-parameter grid in the same replications (a full factorial
 * design under common random numbers) and summarises the metric at each point.
 *
 * <p>Variant k of the evaluator is grid point k in row-major order: with two axes of sizes a and b,
 * point (i, j) is variant i * b + j.
 */
public final class GridSweep {

  private GridSweep() {}

  /** Evaluates the grid in replications 0 to {@code replications} - 1. */
  public static SweepResult run(
      ImmutableList<SweepAxis> axes,
      VariantEvaluator evaluator,
      Direction direction,
      int replications,
      double level) {
    int points = axes.injectInto(1, (int size, SweepAxis axis) -> size * axis.size());
    long[] variants = new long[points];
    for (int k = 0; k < points; k++) {
      variants[k] = k;
    }
    double[][] grid = evaluator.evaluateGrid(variants, replications);
    MutableList<Estimate> cells = Lists.mutable.empty();
    for (double[] values : grid) {
      cells.add(Estimate.of(values, level));
    }
    return new SweepResult(direction, replications, axes, cells.toImmutable());
  }
}
