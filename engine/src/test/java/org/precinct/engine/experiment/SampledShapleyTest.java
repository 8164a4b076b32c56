package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class SampledShapleyTest {

  private static double[] exactMeans(VariantEvaluator game, int replications) {
    double[][] phi = ExactShapley.perReplication(SubsetValues.evaluate(6, game, replications));
    double[] means = new double[6];
    for (int i = 0; i < 6; i++) {
      means[i] = Estimate.of(phi[i]).mean();
    }
    return means;
  }

  private static Estimate[] sampled(long seed, PermutationSampling sampling, int samples) {
    SampledShapley sampler =
        new SampledShapley(
            6, SyntheticGames.nonAdditive(), SyntheticGames.streams(seed).stream("p"), sampling);
    sampler.extendTo(samples);
    double[][] draws = sampler.perSample();
    Estimate[] estimates = new Estimate[6];
    for (int i = 0; i < 6; i++) {
      estimates[i] = Estimate.of(draws[i]);
    }
    return estimates;
  }

  /**
   * One fixed-seed instance of the acceptance criterion; the coverage test below shows that the
   * agreement is the intervals' calibration, not the choice of seed.
   */
  @Test
  void sampledShapleyAgreesWithExactWithinItsReportedIntervalOnSixInterventions() {
    double[] exact = exactMeans(SyntheticGames.nonAdditive(), 5000);
    for (PermutationSampling sampling : PermutationSampling.values()) {
      Estimate[] estimates = sampled(1, sampling, 300);
      for (int i = 0; i < 6; i++) {
        assertThat(estimates[i].covers(exact[i]))
            .as("%s intervention %d: %s vs exact %s", sampling, i, estimates[i], exact[i])
            .isTrue();
      }
    }
  }

  @Test
  void sampledIntervalsCoverTheExactValueAtAboutTheirNominalRate() {
    double[] exact = exactMeans(SyntheticGames.nonAdditive(), 5000);
    int covered = 0;
    int trials = 0;
    for (long seed = 1; seed <= 40; seed++) {
      Estimate[] estimates = sampled(seed, PermutationSampling.PLAIN, 60);
      for (int i = 0; i < 6; i++) {
        covered += estimates[i].covers(exact[i]) ? 1 : 0;
        trials++;
      }
    }
    assertThat((double) covered / trials).isBetween(0.88, 1.0);
  }

  @Test
  void eachSampleSharesOutExactlyTheChangeFromNoneToAllInItsReplication() {
    VariantEvaluator game = SyntheticGames.nonAdditive();
    SampledShapley sampler =
        new SampledShapley(
            6, game, SyntheticGames.streams(3).stream("p"), PermutationSampling.ANTITHETIC);
    sampler.extendTo(25);
    double[][] draws = sampler.perSample();
    for (int k = 0; k < 25; k++) {
      double sum = 0;
      for (double[] player : draws) {
        sum += player[k];
      }
      double total =
          game.evaluate(new long[] {63}, new int[] {k})[0]
              - game.evaluate(new long[] {0}, new int[] {k})[0];
      assertThat(sum).isCloseTo(total, within(1e-9));
    }
  }

  @Test
  void extendingInBatchesDrawsTheSameSamplesAsOneBatch() {
    SampledShapley once =
        new SampledShapley(
            6,
            SyntheticGames.nonAdditive(),
            SyntheticGames.streams(9).stream("p"),
            PermutationSampling.PLAIN);
    once.extendTo(30);
    SampledShapley batched =
        new SampledShapley(
            6,
            SyntheticGames.nonAdditive(),
            SyntheticGames.streams(9).stream("p"),
            PermutationSampling.PLAIN);
    batched.extendTo(10);
    batched.extendTo(30);
    assertThat(batched.perSample()).isDeepEqualTo(once.perSample());
  }

  @Test
  void antitheticPairsNarrowTheIntervalOnANearlyAdditiveGame() {
    double[] effects = {-10, -4, -3, -2, -1, -6};
    VariantEvaluator game = SyntheticGames.withInteraction(effects, 3);
    double plain = widest(game, PermutationSampling.PLAIN, 200);
    double antithetic = widest(game, PermutationSampling.ANTITHETIC, 100);
    assertThat(antithetic).isLessThan(plain);
  }

  private static double widest(VariantEvaluator game, PermutationSampling sampling, int samples) {
    SampledShapley sampler =
        new SampledShapley(6, game, SyntheticGames.streams(5).stream("p"), sampling);
    sampler.extendTo(samples);
    double widest = 0;
    for (double[] draws : sampler.perSample()) {
      widest = Math.max(widest, Estimate.of(draws).halfWidth());
    }
    return widest;
  }
}
