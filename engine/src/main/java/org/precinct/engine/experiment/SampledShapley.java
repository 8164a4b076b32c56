package org.precinct.engine.experiment;

import java.util.Arrays;
import org.eclipse.collections.api.list.primitive.MutableDoubleList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.random.RandomStream;

/**
 * Shapley values estimated from random permutations (Castro, Gomez and Tejada 2009), for more
 * interventions than all 2^n subsets allow.
 *
 * <p>Sample k draws a uniformly random order of the interventions and evaluates its n + 1 prefixes
 * in replication k; each intervention's marginal contribution in that order is one draw whose
 * expectation, over orders and random streams together, is its Shapley value. Samples are
 * independent and identically distributed, so the Student-t interval across samples covers both the
 * permutation error and the simulation noise, while the prefixes within a sample share their random
 * streams (common random numbers). Samples are drawn in batches so the runs of a batch can spread
 * over cores; the permutation sequence depends only on the random source, not on batching.
 */
public final class SampledShapley {

  private final int interventions;
  private final VariantEvaluator evaluator;
  private final RandomStream random;
  private final PermutationSampling sampling;
  private final MutableDoubleList[] contributions;

  /** Prepares sampling over {@code interventions} players with permutations from {@code random}. */
  public SampledShapley(
      int interventions,
      VariantEvaluator evaluator,
      RandomStream random,
      PermutationSampling sampling) {
    if (interventions < 1 || interventions > Long.SIZE - 1) {
      throw new IllegalArgumentException("need 1 to 63 interventions, got " + interventions);
    }
    this.interventions = interventions;
    this.evaluator = evaluator;
    this.random = random;
    this.sampling = sampling;
    this.contributions = new MutableDoubleList[interventions];
    Arrays.setAll(contributions, i -> new DoubleArrayList());
  }

  /** The number of samples drawn so far. */
  public int samples() {
    return contributions[0].size();
  }

  /** Draws and evaluates samples until there are {@code samples} of them. */
  public void extendTo(int samples) {
    int first = samples();
    if (samples <= first) {
      return;
    }
    int[][] orders = new int[samples - first][];
    for (int k = 0; k < orders.length; k++) {
      orders[k] = randomOrder();
    }
    int walks = sampling == PermutationSampling.ANTITHETIC ? 2 : 1;
    int cellsPerWalk = interventions + 1;
    long[] masks = new long[orders.length * walks * cellsPerWalk];
    int[] replications = new int[masks.length];
    for (int k = 0; k < orders.length; k++) {
      for (int walk = 0; walk < walks; walk++) {
        int offset = (k * walks + walk) * cellsPerWalk;
        fillPrefixes(orders[k], walk == 1, masks, offset);
        Arrays.fill(replications, offset, offset + cellsPerWalk, first + k);
      }
    }
    double[] values = evaluator.evaluate(masks, replications);
    for (int k = 0; k < orders.length; k++) {
      record(orders[k], values, k * walks * cellsPerWalk, walks);
    }
  }

  /** Returns {@code draws[i][k]}, intervention i's marginal contribution in sample k. */
  public double[][] perSample() {
    double[][] draws = new double[interventions][];
    for (int i = 0; i < interventions; i++) {
      draws[i] = contributions[i].toArray();
    }
    return draws;
  }

  private int[] randomOrder() {
    int[] order = new int[interventions];
    for (int i = 0; i < interventions; i++) {
      order[i] = i;
    }
    for (int i = interventions - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private void fillPrefixes(int[] order, boolean reversed, long[] masks, int offset) {
    long mask = 0;
    masks[offset] = mask;
    for (int p = 0; p < interventions; p++) {
      int player = order[reversed ? interventions - 1 - p : p];
      mask |= 1L << player;
      masks[offset + p + 1] = mask;
    }
  }

  private void record(int[] order, double[] values, int offset, int walks) {
    double[] sum = new double[interventions];
    int cellsPerWalk = interventions + 1;
    for (int walk = 0; walk < walks; walk++) {
      int base = offset + walk * cellsPerWalk;
      for (int p = 0; p < interventions; p++) {
        int player = order[walk == 1 ? interventions - 1 - p : p];
        sum[player] += values[base + p + 1] - values[base + p];
      }
    }
    for (int i = 0; i < interventions; i++) {
      contributions[i].add(sum[i] / walks);
    }
  }
}
