package org.precinct.engine.experiment.tabletop;

/**
 * A share of replications with a Wilson score interval (Wilson 1927), which stays inside [0, 1] and
 * is honest for small counts and shares near 0 or 1, unlike the normal approximation: how an
 * objective reads "met in 87% of replications (95% CI 75-94%)".
 *
 * @param successes replications in which the event happened
 * @param n replications in all
 * @param low lower bound of the interval
 * @param high upper bound of the interval
 * @param level the confidence level, e.g. 0.95
 */
public record Proportion(int successes, int n, double low, double high, double level) {
  private static final double Z95 = 1.959963984540054;

  public Proportion {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(successes + " successes out of " + n);
    }
  }

  /**
   * The share {@code successes / n} with its 95% Wilson interval: centre {@code (p + z^2/2n) / (1 +
   * z^2/n)}, half-width {@code z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n)}; with n = 0 the share and
   * the bounds are NaN.
   */
  public static Proportion wilson(int successes, int n) {
    if (n == 0) {
      return new Proportion(0, 0, Double.NaN, Double.NaN, 0.95);
    }
    double p = (double) successes / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Proportion(successes, n, low, high, 0.95);
  }

  /** The observed share, NaN when no replication ran. */
  public double share() {
    return n == 0 ? Double.NaN : (double) successes / n;
  }
}
