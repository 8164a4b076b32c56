package org.precinct.engine.experiment;

/**
 * The one thing experiments need from a model: one metric's value in a (variant, replication) cell,
 * where the replication index selects the random streams, so equal indices under different variants
 * are paired observations under common random numbers (Law 2015, ch. 11).
 *
 * <p>A variant is a {@code long} key whose meaning belongs to the experiment: the bit mask of
 * interventions switched on for attribution, a grid index for a sweep, a design point for
 * sensitivity. Cells come in batches so that an implementation can spread them over all cores; its
 * values must depend only on each cell, never on the batch or on the number of threads.
 */
@FunctionalInterface
public interface VariantEvaluator {

  /**
   * Returns the metric value of each cell; {@code result[i]} belongs to variant {@code variants[i]}
   * in replication {@code replications[i]}.
   */
  double[] evaluate(long[] variants, int[] replications);

  /** Returns {@code result[v][r]}: variant {@code variants[v]} in replications 0 to count - 1. */
  default double[][] evaluateGrid(long[] variants, int replications) {
    long[] cellVariants = new long[variants.length * replications];
    int[] cellReplications = new int[cellVariants.length];
    for (int v = 0; v < variants.length; v++) {
      for (int r = 0; r < replications; r++) {
        cellVariants[v * replications + r] = variants[v];
        cellReplications[v * replications + r] = r;
      }
    }
    double[] flat = evaluate(cellVariants, cellReplications);
    double[][] grid = new double[variants.length][replications];
    for (int v = 0; v < variants.length; v++) {
      System.arraycopy(flat, v * replications, grid[v], 0, replications);
    }
    return grid;
  }

  /** Returns one variant's values in replications 0 to count - 1. */
  default double[] evaluateReplications(long variant, int replications) {
    return evaluateGrid(new long[] {variant}, replications)[0];
  }

  /** Adapts a function of a single cell, evaluated one cell at a time. */
  static VariantEvaluator ofCells(CellFunction function) {
    return (variants, replications) -> {
      double[] values = new double[variants.length];
      for (int i = 0; i < variants.length; i++) {
        values[i] = function.value(variants[i], replications[i]);
      }
      return values;
    };
  }

  /** A metric value as a function of one (variant, replication) cell. */
  @FunctionalInterface
  interface CellFunction {
    /** The metric value of {@code variant} in {@code replication}. */
    double value(long variant, int replication);
  }
}
