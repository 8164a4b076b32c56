package org.precinct.engine.experiment.optimise;

import org.eclipse.collections.api.list.primitive.MutableDoubleList;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.precinct.engine.experiment.VariantEvaluator;

/**
 * The fully sequential ranking-and-selection procedure KN of Kim and Nelson (2001), run under
 * common random numbers: after a first stage of {@code n0} replications of every candidate, one
 * replication at a time is added to the candidates still in contention, and a candidate is
 * eliminated as soon as its mean is worse than another's by more than a triangular continuation
 * region allows. When the best candidate is at least {@code delta} better than every other, it is
 * selected with probability at least {@code 1 - alpha}; the guarantee holds for normally
 * distributed outputs with any correlation between candidates, so common random numbers are allowed
 * (and shrink the variances of the differences that drive it).
 *
 * <p>Formulae (Kim and Nelson 2001, §2): η = ½[(2α/(k−1))^(−2/(n0−1)) − 1], h² = 2η(n0 − 1), S²ᵢₗ
 * the first-stage variance of the difference Xᵢ − Xₗ, Nᵢₗ = ⌊h²S²ᵢₗ/δ²⌋, and at stage r candidate i
 * survives if X̄ᵢ(r) ≤ X̄ₗ(r) + max(0, δ/(2r)(h²S²ᵢₗ/δ² − r)) for every survivor l (smaller is
 * better). Replications are requested in fixed-size steps so the simulation runs in parallel
 * batches; the screening still looks at one replication at a time, as KN does.
 */
final class KimNelson {

  private static final int CELLS_PER_STEP = 16;

  private final VariantEvaluator evaluator;
  private final long[] keys;
  private final int first;
  private final boolean minimise;
  private final MutableDoubleList[] values;

  /**
   * Prepares a selection among {@code keys}, replication indices counted from {@code first}, on the
   * metric {@code evaluator} reads, where {@code minimise} says which way is better.
   */
  KimNelson(VariantEvaluator evaluator, long[] keys, int first, boolean minimise) {
    this.evaluator = evaluator;
    this.keys = keys.clone();
    this.first = first;
    this.minimise = minimise;
    this.values = new MutableDoubleList[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = new DoubleArrayList();
    }
  }

  /**
   * Runs the procedure with at most {@code maxRuns} continuation runs after the first stage.
   *
   * @param n0 first-stage replications (at least 2)
   * @param delta the indifference zone, in the metric's unit (positive)
   * @param alpha one minus the probability of correct selection
   */
  SelectionOutcome select(int n0, double delta, double alpha, long maxRuns) {
    int k = keys.length;
    observe(allIndices(), n0);
    if (k == 1) {
      return new SelectionOutcome(0, -1, new int[] {n0}, true, 0, 0);
    }
    double eta = 0.5 * (Math.pow(2 * alpha / (k - 1), -2.0 / (n0 - 1)) - 1);
    double h2 = 2 * eta * (n0 - 1);
    double[][] s2 = firstStageVariances(n0);
    long nMax = 0;
    for (int i = 0; i < k; i++) {
      for (int l = 0; l < k; l++) {
        if (i != l) {
          nMax = Math.max(nMax, (long) Math.floor(h2 * s2[i][l] / (delta * delta)));
        }
      }
    }
    boolean[] alive = new boolean[k];
    java.util.Arrays.fill(alive, true);
    int[] used = new int[k];
    java.util.Arrays.fill(used, n0);
    int[] eliminatedAt = new int[k];
    int r = n0;
    long runs = 0;
    while (true) {
      if (r > nMax) {
        return finish(alive, used, eliminatedAt, r, true, h2);
      }
      screen(alive, eliminatedAt, r, s2, h2, delta);
      int survivors = count(alive);
      if (survivors == 1) {
        return finish(alive, used, eliminatedAt, r, true, h2);
      }
      if (runs + survivors > maxRuns) {
        return finish(alive, used, eliminatedAt, r, false, h2);
      }
      int[] who = indices(alive);
      int ahead = values[who[0]].size();
      if (ahead <= r) {
        int step =
            (int) Math.max(1, Math.min(CELLS_PER_STEP / survivors, (maxRuns - runs) / survivors));
        observe(who, step);
        runs += (long) step * survivors;
      }
      r++;
      for (int i : who) {
        used[i] = r;
      }
    }
  }

  private SelectionOutcome finish(
      boolean[] alive, int[] used, int[] eliminatedAt, int r, boolean guaranteed, double h2) {
    int best = -1;
    int runnerUp = -1;
    for (int i = 0; i < keys.length; i++) {
      if (alive[i] && (best < 0 || better(mean(i, r), mean(best, r)))) {
        best = i;
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (i == best) {
        continue;
      }
      if (runnerUp < 0 || outlasted(i, runnerUp, alive, eliminatedAt, r)) {
        runnerUp = i;
      }
    }
    return new SelectionOutcome(best, runnerUp, used, guaranteed, r, h2);
  }

  /** Whether i stayed in contention longer than j (or as long, with a better mean). */
  private boolean outlasted(int i, int j, boolean[] alive, int[] eliminatedAt, int r) {
    int ti = alive[i] ? Integer.MAX_VALUE : eliminatedAt[i];
    int tj = alive[j] ? Integer.MAX_VALUE : eliminatedAt[j];
    if (ti != tj) {
      return ti > tj;
    }
    int at = Math.min(ti, r);
    return better(mean(i, at), mean(j, at));
  }

  private void screen(
      boolean[] alive, int[] eliminatedAt, int r, double[][] s2, double h2, double delta) {
    boolean[] before = alive.clone();
    double[] means = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      means[i] = before[i] ? sign() * mean(i, r) : 0;
    }
    for (int i = 0; i < keys.length; i++) {
      if (!before[i]) {
        continue;
      }
      for (int l = 0; l < keys.length; l++) {
        if (l == i || !before[l]) {
          continue;
        }
        double w = Math.max(0, delta / (2.0 * r) * (h2 * s2[i][l] / (delta * delta) - r));
        if (means[i] > means[l] + w) {
          alive[i] = false;
          eliminatedAt[i] = r;
          break;
        }
      }
    }
  }

  private double[][] firstStageVariances(int n0) {
    int k = keys.length;
    double[][] s2 = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int l = i + 1; l < k; l++) {
        double mean = mean(i, n0) - mean(l, n0);
        double sum = 0;
        for (int j = 0; j < n0; j++) {
          double d = values[i].get(j) - values[l].get(j) - mean;
          sum += d * d;
        }
        s2[i][l] = sum / (n0 - 1);
        s2[l][i] = s2[i][l];
      }
    }
    return s2;
  }

  private void observe(int[] who, int count) {
    long[] cellKeys = new long[who.length * count];
    int[] replications = new int[cellKeys.length];
    int c = 0;
    for (int i : who) {
      int next = first + values[i].size();
      for (int j = 0; j < count; j++) {
        cellKeys[c] = keys[i];
        replications[c++] = next + j;
      }
    }
    double[] observed = evaluator.evaluate(cellKeys, replications);
    c = 0;
    for (int i : who) {
      for (int j = 0; j < count; j++) {
        values[i].add(observed[c++]);
      }
    }
  }

  private double mean(int i, int r) {
    double sum = 0;
    for (int j = 0; j < r; j++) {
      sum += values[i].get(j);
    }
    return sum / r;
  }

  private boolean better(double a, double b) {
    return minimise ? a < b : a > b;
  }

  private double sign() {
    return minimise ? 1 : -1;
  }

  private int[] allIndices() {
    int[] all = new int[keys.length];
    java.util.Arrays.setAll(all, i -> i);
    return all;
  }

  private static int count(boolean[] alive) {
    int n = 0;
    for (boolean a : alive) {
      n += a ? 1 : 0;
    }
    return n;
  }

  private static int[] indices(boolean[] alive) {
    int[] who = new int[count(alive)];
    int c = 0;
    for (int i = 0; i < alive.length; i++) {
      if (alive[i]) {
        who[c++] = i;
      }
    }
    return who;
  }
}
