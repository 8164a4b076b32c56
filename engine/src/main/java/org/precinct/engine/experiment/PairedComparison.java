package org.precinct.engine.experiment;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Compares mixes with a baseline on the same replications (common random numbers): per-replication
 * differences, their paired-t intervals, Holm's correction across the mixes (Holm 1979) and the
 * share of replications in which each mix is better.
 *
 * <p>Variant 0 of the evaluator is the baseline and variant k is mix k (1-based). The family for
 * Holm's correction is the set of mixes on this one metric; comparisons of other metrics are
 * descriptive and not corrected.
 */
public final class PairedComparison {

  private PairedComparison() {}

  /** Runs baseline and mixes in replications 0 to {@code replications} - 1 and compares them. */
  public static ComparisonResult run(
      ImmutableList<String> mixIds,
      VariantEvaluator evaluator,
      Direction direction,
      int replications,
      double level) {
    long[] variants = new long[mixIds.size() + 1];
    for (int v = 0; v < variants.length; v++) {
      variants[v] = v;
    }
    double[][] grid = evaluator.evaluateGrid(variants, replications);
    double[][] mixes = new double[mixIds.size()][];
    System.arraycopy(grid, 1, mixes, 0, mixes.length);
    return compare(mixIds, grid[0], mixes, direction, level);
  }

  /** Compares already evaluated per-replication values; {@code mixes[k]} pairs with baseline. */
  public static ComparisonResult compare(
      ImmutableList<String> mixIds,
      double[] baseline,
      double[][] mixes,
      Direction direction,
      double level) {
    if (mixIds.size() != mixes.length) {
      throw new IllegalArgumentException(mixIds.size() + " mix ids for " + mixes.length + " mixes");
    }
    Estimate[] differences = new Estimate[mixes.length];
    double[] pValues = new double[mixes.length];
    for (int k = 0; k < mixes.length; k++) {
      differences[k] = Estimate.of(paired(mixes[k], baseline), level);
      pValues[k] = differences[k].pValue();
    }
    double[] holm = HolmCorrection.adjust(pValues);
    MutableList<MixComparison> result = Lists.mutable.empty();
    for (int k = 0; k < mixes.length; k++) {
      result.add(
          new MixComparison(
              mixIds.get(k),
              Estimate.of(mixes[k], level),
              differences[k],
              pValues[k],
              holm[k],
              share(mixes[k], baseline, direction),
              share(baseline, mixes[k], direction)));
    }
    return new ComparisonResult(
        direction, baseline.length, Estimate.of(baseline, level), result.toImmutable());
  }

  /** The share of paired replications in which {@code candidate} beats {@code reference}. */
  static double share(double[] candidate, double[] reference, Direction direction) {
    int better = 0;
    for (int r = 0; r < candidate.length; r++) {
      if (direction.isBetter(candidate[r], reference[r])) {
        better++;
      }
    }
    return candidate.length == 0 ? 0 : (double) better / candidate.length;
  }

  private static double[] paired(double[] mix, double[] baseline) {
    if (mix.length != baseline.length) {
      throw new IllegalArgumentException(
          "paired samples differ in length: " + mix.length + " vs " + baseline.length);
    }
    double[] difference = new double[mix.length];
    for (int r = 0; r < mix.length; r++) {
      difference[r] = mix[r] - baseline[r];
    }
    return difference;
  }
}
