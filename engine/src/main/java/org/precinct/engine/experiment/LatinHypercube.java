package org.precinct.engine.experiment;

import org.precinct.engine.random.RandomStream;

/**
 * Latin hypercube points in the unit cube (McKay, Beckman and Conover 1979): each coordinate's
 * range is cut into n equal strata and every stratum holds exactly one point, which spreads a small
 * design evenly along each parameter, the property the binned variance shares rely on.
 */
public final class LatinHypercube {

  private LatinHypercube() {}

  /** Returns {@code u[p][d]}, coordinate d of point p, for n points in {@code dimensions}. */
  public static double[][] sample(int dimensions, int points, RandomStream random) {
    if (dimensions < 1 || points < 1) {
      throw new IllegalArgumentException(
          "need >= 1 dimension and point: " + dimensions + ", " + points);
    }
    double[][] u = new double[points][dimensions];
    int[] strata = new int[points];
    for (int d = 0; d < dimensions; d++) {
      for (int p = 0; p < points; p++) {
        strata[p] = p;
      }
      shuffle(strata, random);
      for (int p = 0; p < points; p++) {
        u[p][d] = (strata[p] + random.nextDouble()) / points;
      }
    }
    return u;
  }

  private static void shuffle(int[] values, RandomStream random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
