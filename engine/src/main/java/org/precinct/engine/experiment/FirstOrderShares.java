package org.precinct.engine.experiment;

import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.random.RandomStream;

/**
 * First-order variance shares from a design where all parameters vary together: for each parameter,
 * sort the points by its value, cut them into equal-count bins, and take the share of the metric's
 * variance between the bin means (the correlation ratio, McKay 1995), corrected for the between-bin
 * variance that noise alone produces (epsilon-squared, Kelley 1935), with a basic bootstrap
 * interval over points (Davison and Hinkley 1997, section 5.2).
 *
 * <p>The basic interval (twice the estimate minus the bootstrap quantiles), not the percentile one:
 * resamples repeat points, which inflates the between-bin variance, so the percentile interval of
 * an inert parameter would exclude zero.
 *
 * <p>Limits: it sees main effects only (interactions and simulation noise stay unexplained, so the
 * shares need not add up to one); with few points per bin it is noisy; a parameter whose effect is
 * non-monotone within one bin is underestimated.
 */
public final class FirstOrderShares {

  private FirstOrderShares() {}

  /** The default number of bins for {@code points} design points: about the square root. */
  public static int defaultBins(int points) {
    return Math.max(2, Math.min(20, (int) Math.round(Math.sqrt(points))));
  }

  /**
   * Estimates each parameter's share; {@code x[p][i]} is parameter i at point p and {@code y[p]}
   * the metric there.
   */
  public static ImmutableList<VarianceShare> estimate(
      ImmutableList<SensitivityParameter> parameters,
      double[][] x,
      double[] y,
      int resamples,
      RandomStream random) {
    int bins = defaultBins(y.length);
    MutableList<VarianceShare> shares = Lists.mutable.empty();
    for (int i = 0; i < parameters.size(); i++) {
      double[] column = column(x, i);
      double share = share(column, y, bins);
      double[] boot = bootstrap(column, y, bins, resamples, random);
      SensitivityParameter parameter = parameters.get(i);
      double low = clip(2 * share - percentile(boot, 0.975));
      double high = clip(2 * share - percentile(boot, 0.025));
      shares.add(new VarianceShare(parameter.id(), parameter.label(), share, low, high));
    }
    return shares.toImmutable();
  }

  /** The bias-corrected share of the variance of y between equal-count bins of x, in [0, 1]. */
  static double share(double[] x, double[] y, int bins) {
    int n = y.length;
    if (n <= bins) {
      throw new IllegalArgumentException(n + " points cannot fill " + bins + " bins");
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, p -> p);
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double mean = Arrays.stream(y).average().orElse(0);
    double total = 0;
    for (double value : y) {
      total += (value - mean) * (value - mean);
    }
    if (total == 0) {
      return 0;
    }
    double between = 0;
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * n / bins);
      int to = (int) ((long) (b + 1) * n / bins);
      double binMean = 0;
      for (int k = from; k < to; k++) {
        binMean += y[order[k]];
      }
      binMean /= to - from;
      between += (to - from) * (binMean - mean) * (binMean - mean);
    }
    double within = total - between;
    double corrected = (between - (bins - 1) * within / (n - bins)) / total;
    return clip(corrected);
  }

  private static double clip(double share) {
    return Math.max(0, Math.min(1, share));
  }

  private static double[] bootstrap(
      double[] x, double[] y, int bins, int resamples, RandomStream random) {
    double[] shares = new double[resamples];
    double[] bx = new double[y.length];
    double[] by = new double[y.length];
    for (int b = 0; b < resamples; b++) {
      for (int p = 0; p < y.length; p++) {
        int pick = random.nextInt(y.length);
        bx[p] = x[pick];
        by[p] = y[pick];
      }
      shares[b] = share(bx, by, bins);
    }
    Arrays.sort(shares);
    return shares;
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  private static double[] column(double[][] x, int i) {
    double[] column = new double[x.length];
    for (int p = 0; p < x.length; p++) {
      column[p] = x[p][i];
    }
    return column;
  }
}
