package org.precinct.charts.scale;

/**
 * The harm-versus-cost frontier: the options no other option beats on both counts (Pareto optimal
 * when both cost and harm are to be minimised). An option is on it when every option at most as
 * costly does strictly more harm, or costs strictly more at equal harm.
 */
public final class Frontier {

  private Frontier() {}

  /** Marks which of the options (cost and harm pairs, any order) lie on the frontier. */
  public static boolean[] pareto(double[] cost, double[] harm) {
    if (cost.length != harm.length) {
      throw new IllegalArgumentException(
          "cost and harm differ in length: " + cost.length + ", " + harm.length);
    }
    boolean[] onFrontier = new boolean[cost.length];
    for (int i = 0; i < cost.length; i++) {
      onFrontier[i] = !dominated(i, cost, harm);
    }
    return onFrontier;
  }

  private static boolean dominated(int i, double[] cost, double[] harm) {
    for (int j = 0; j < cost.length; j++) {
      boolean noWorse = cost[j] <= cost[i] && harm[j] <= harm[i];
      boolean better = cost[j] < cost[i] || harm[j] < harm[i];
      if (j != i && noWorse && better) {
        return true;
      }
    }
    return false;
  }
}
