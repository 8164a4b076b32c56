package org.precinct.engine.experiment;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;

/**
 * Percentile bootstrap of an attribution ranking (Efron 1979): resample whole replications (or
 * whole permutation samples) with replacement, recompute every intervention's mean effect and rank
 * them, so the spread of ranks reflects the joint, paired uncertainty of all the estimates.
 *
 * <p>The bootstrap is conditional on the observed replications; with few of them (under about 20)
 * it is optimistic, which the experiments documentation says.
 */
public final class RankBootstrap {

  private RankBootstrap() {}

  /**
   * Returns each intervention's rank spread; {@code draws[i][k]} is intervention i's effect in
   * replication or sample k, and larger benefit (per {@code direction}) ranks first.
   */
  public static RankSpread[] spread(
      double[][] draws, Direction direction, int topK, int resamples, RandomStream random) {
    int n = draws.length;
    int samples = draws[0].length;
    int[][] ranks = new int[n][resamples];
    int[] picks = new int[samples];
    for (int b = 0; b < resamples; b++) {
      for (int k = 0; k < samples; k++) {
        picks[k] = random.nextInt(samples);
      }
      int[] rank = rank(resampledBenefits(draws, picks, direction));
      for (int i = 0; i < n; i++) {
        ranks[i][b] = rank[i];
      }
    }
    RankSpread[] spread = new RankSpread[n];
    int k = Math.min(topK, n);
    for (int i = 0; i < n; i++) {
      spread[i] = summarise(ranks[i], k);
    }
    return spread;
  }

  /** Returns rank[i] (1 = largest benefit; ties broken by index, deterministically). */
  static int[] rank(double[] benefit) {
    int n = benefit.length;
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      int ahead = 0;
      for (int j = 0; j < n; j++) {
        if (benefit[j] > benefit[i] || (benefit[j] == benefit[i] && j < i)) {
          ahead++;
        }
      }
      rank[i] = ahead + 1;
    }
    return rank;
  }

  private static double[] resampledBenefits(double[][] draws, int[] picks, Direction direction) {
    double[] benefit = new double[draws.length];
    for (int i = 0; i < draws.length; i++) {
      double sum = 0;
      for (int pick : picks) {
        sum += draws[i][pick];
      }
      benefit[i] = direction.benefit(sum / picks.length);
    }
    return benefit;
  }

  private static RankSpread summarise(int[] ranks, int topK) {
    int[] sorted = ranks.clone();
    Arrays.sort(sorted);
    int inTop = 0;
    for (int r : sorted) {
      if (r <= topK) {
        inTop++;
      }
    }
    int last = sorted.length - 1;
    int best = sorted[(int) Math.floor(0.025 * last)];
    int worst = sorted[(int) Math.ceil(0.975 * last)];
    return new RankSpread(topK, (double) inTop / sorted.length, best, worst);
  }
}
