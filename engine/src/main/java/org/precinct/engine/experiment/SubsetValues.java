package org.precinct.engine.experiment;

/**
 * The value of a cooperative game on every subset of n interventions, per replication: {@code
 * value(mask, r)} is the metric with exactly the interventions in {@code mask} switched on, in
 * replication {@code r}, so every contrast between subsets is paired by replication.
 */
public final class SubsetValues {

  /** Above this many interventions the 2^n subsets no longer fit a sensible run budget. */
  public static final int MAX_INTERVENTIONS = 20;

  private final int interventions;
  private final double[][] values;

  private SubsetValues(int interventions, double[][] values) {
    this.interventions = interventions;
    this.values = values;
  }

  /** Evaluates all 2^n subsets in replications 0 to {@code replications} - 1, in one batch. */
  public static SubsetValues evaluate(
      int interventions, VariantEvaluator evaluator, int replications) {
    if (interventions < 1 || interventions > MAX_INTERVENTIONS) {
      throw new IllegalArgumentException(
          "exact subsets need 1 to " + MAX_INTERVENTIONS + " interventions, got " + interventions);
    }
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, was " + replications);
    }
    long[] masks = new long[1 << interventions];
    for (int mask = 0; mask < masks.length; mask++) {
      masks[mask] = mask;
    }
    return new SubsetValues(interventions, evaluator.evaluateGrid(masks, replications));
  }

  /** The number of interventions n. */
  public int interventions() {
    return interventions;
  }

  /** The number of replications per subset. */
  public int replications() {
    return values[0].length;
  }

  /** The mask of all n interventions. */
  public int fullMask() {
    return (1 << interventions) - 1;
  }

  /** The per-replication values of one subset; the array is shared, do not modify it. */
  double[] row(int mask) {
    return values[mask];
  }

  /** Per-replication {@code value(plus) - value(minus)}: a paired contrast of two subsets. */
  public double[] contrast(int plus, int minus) {
    double[] a = values[plus];
    double[] b = values[minus];
    double[] difference = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      difference[r] = a[r] - b[r];
    }
    return difference;
  }
}
