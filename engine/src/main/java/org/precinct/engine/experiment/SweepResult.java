package org.precinct.engine.experiment;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * A metric over a grid of one or two parameters, each grid point run on the same replications
 * (common random numbers) so that neighbouring points differ by the parameter, not by luck.
 *
 * @param direction which way the metric improves
 * @param replications replications per grid point
 * @param axes one or two axes; the second varies fastest in {@code cells}
 * @param cells the metric at each grid point, row-major
 */
public record SweepResult(
    Direction direction,
    int replications,
    ImmutableList<SweepAxis> axes,
    ImmutableList<Estimate> cells) {

  /** Validates the shape. */
  public SweepResult {
    if (axes.isEmpty() || axes.size() > 2) {
      throw new IllegalArgumentException("a sweep has one or two axes, got " + axes.size());
    }
    int expected = axes.injectInto(1, (int size, SweepAxis axis) -> size * axis.size());
    if (cells.size() != expected) {
      throw new IllegalArgumentException(cells.size() + " cells for a grid of " + expected);
    }
  }

  /** The metric at position {@code i} of a one-axis sweep. */
  public Estimate at(int i) {
    return cells.get(i);
  }

  /** The metric at row {@code i} (first axis) and column {@code j} (second axis). */
  public Estimate at(int i, int j) {
    return cells.get(i * axes.get(1).size() + j);
  }

  /** The flat index of the best grid point by mean, per the direction. */
  public int bestIndex() {
    int best = 0;
    for (int k = 1; k < cells.size(); k++) {
      if (direction.isBetter(cells.get(k).mean(), cells.get(best).mean())) {
        best = k;
      }
    }
    return best;
  }
}
