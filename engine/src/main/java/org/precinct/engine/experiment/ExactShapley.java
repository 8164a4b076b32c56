package org.precinct.engine.experiment;

/**
 * Exact Shapley values (Shapley 1953) and Shapley interaction indices (Grabisch and Roubens 1999)
 * of a game known on all 2^n subsets, computed per replication so that their confidence intervals
 * are paired.
 *
 * <p>The Shapley value of intervention i is the weighted mean of its marginal contributions, sum
 * over S not containing i of |S|! (n - |S| - 1)! / n! (v(S + i) - v(S)); the values add up to v(N)
 * - v(empty set) in every replication. The interaction index of i and j is sum over S containing
 * neither of |S|! (n - |S| - 2)! / (n - 1)! (v(S + ij) - v(S + i) - v(S + j) + v(S)): positive when
 * the pair does more together (in metric units) than the sum of its parts.
 */
public final class ExactShapley {

  private ExactShapley() {}

  /** Returns {@code phi[i][r]}, the Shapley value of intervention i in replication r. */
  public static double[][] perReplication(SubsetValues game) {
    int n = game.interventions();
    int replications = game.replications();
    double[] weight = shapleyWeights(n);
    double[][] phi = new double[n][replications];
    for (int mask = 0; mask <= game.fullMask(); mask++) {
      double w = weight[Integer.bitCount(mask)];
      double[] without = game.row(mask);
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((mask & bit) == 0) {
          accumulate(phi[i], w, game.row(mask | bit), without);
        }
      }
    }
    return phi;
  }

  /** Returns the per-replication interaction index of interventions i and j (i != j). */
  public static double[] interaction(SubsetValues game, int i, int j) {
    int n = game.interventions();
    if (i == j || i < 0 || j < 0 || i >= n || j >= n) {
      throw new IllegalArgumentException("need two distinct interventions, got " + i + ", " + j);
    }
    double[] weight = interactionWeights(n);
    int bi = 1 << i;
    int bj = 1 << j;
    double[] index = new double[game.replications()];
    for (int mask = 0; mask <= game.fullMask(); mask++) {
      if ((mask & (bi | bj)) != 0) {
        continue;
      }
      double w = weight[Integer.bitCount(mask)];
      double[] both = game.row(mask | bi | bj);
      double[] onlyI = game.row(mask | bi);
      double[] onlyJ = game.row(mask | bj);
      double[] neither = game.row(mask);
      for (int r = 0; r < index.length; r++) {
        index[r] += w * (both[r] - onlyI[r] - onlyJ[r] + neither[r]);
      }
    }
    return index;
  }

  /** w[s] = s! (n - s - 1)! / n! = 1 / (n C(n - 1, s)); w[n] = 0 (no one is left to join). */
  static double[] shapleyWeights(int n) {
    double[] weight = new double[n + 1];
    for (int s = 0; s < n; s++) {
      weight[s] = 1.0 / (n * binomial(n - 1, s));
    }
    return weight;
  }

  /** w[s] = s! (n - s - 2)! / (n - 1)! = 1 / ((n - 1) C(n - 2, s)); zero above n - 2. */
  static double[] interactionWeights(int n) {
    double[] weight = new double[n + 1];
    for (int s = 0; s <= n - 2; s++) {
      weight[s] = 1.0 / ((n - 1) * binomial(n - 2, s));
    }
    return weight;
  }

  static double binomial(int n, int k) {
    double result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return Math.rint(result);
  }

  private static void accumulate(double[] target, double weight, double[] with, double[] without) {
    for (int r = 0; r < target.length; r++) {
      target[r] += weight * (with[r] - without[r]);
    }
  }
}
