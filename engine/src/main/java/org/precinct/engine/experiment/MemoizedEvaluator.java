package org.precinct.engine.experiment;

import java.util.Arrays;
import org.eclipse.collections.api.map.primitive.MutableIntDoubleMap;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntDoubleHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * A {@link VariantEvaluator} that evaluates each cell once and remembers it, so that attribution
 * (which revisits subsets), sequential replication (which extends earlier batches) and several
 * reports over the same runs never simulate a cell twice.
 *
 * <p>Each batch is reduced to its distinct unseen cells before it reaches the delegate, so the
 * delegate still receives whole batches to spread over cores. Confine an instance to one thread.
 */
public final class MemoizedEvaluator implements VariantEvaluator {

  private final VariantEvaluator delegate;
  private final MutableLongObjectMap<MutableIntDoubleMap> values = new LongObjectHashMap<>();
  private int evaluatedCells;

  /** Wraps {@code delegate}. */
  public MemoizedEvaluator(VariantEvaluator delegate) {
    this.delegate = delegate;
  }

  @Override
  public double[] evaluate(long[] variants, int[] replications) {
    evaluateMissing(variants, replications);
    double[] result = new double[variants.length];
    for (int i = 0; i < variants.length; i++) {
      result[i] = values.get(variants[i]).get(replications[i]);
    }
    return result;
  }

  /** The number of distinct cells passed to the delegate so far. */
  public int evaluatedCells() {
    return evaluatedCells;
  }

  private void evaluateMissing(long[] variants, int[] replications) {
    long[] missingVariants = new long[variants.length];
    int[] missingReplications = new int[variants.length];
    int missing = 0;
    MutableLongObjectMap<MutableIntDoubleMap> pending = new LongObjectHashMap<>();
    for (int i = 0; i < variants.length; i++) {
      long variant = variants[i];
      int replication = replications[i];
      if (isKnown(values, variant, replication) || isKnown(pending, variant, replication)) {
        continue;
      }
      pending.getIfAbsentPut(variant, IntDoubleHashMap::new).put(replication, Double.NaN);
      missingVariants[missing] = variant;
      missingReplications[missing] = replication;
      missing++;
    }
    if (missing == 0) {
      return;
    }
    long[] batchVariants = Arrays.copyOf(missingVariants, missing);
    int[] batchReplications = Arrays.copyOf(missingReplications, missing);
    double[] computed = delegate.evaluate(batchVariants, batchReplications);
    for (int i = 0; i < missing; i++) {
      values
          .getIfAbsentPut(batchVariants[i], IntDoubleHashMap::new)
          .put(batchReplications[i], computed[i]);
    }
    evaluatedCells += missing;
  }

  private static boolean isKnown(
      MutableLongObjectMap<MutableIntDoubleMap> map, long variant, int replication) {
    MutableIntDoubleMap row = map.get(variant);
    return row != null && row.containsKey(replication);
  }
}
