package org.precinct.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;

/**
 * Checks each sampler against the theory from Commons Statistics: mean within 5 standard errors,
 * variance within a relative tolerance, and the empirical CDF at the 10/50/90% quantiles within
 * 0.004 (about 6 binomial standard errors at n = 200,000); a wrong parameter or a wrong transform
 * moves at least one of these far outside.
 */
final class SamplersTest {

  private static final int N = 200_000;

  private final RandomStreams streams = new RandomStreams(20261127L, 0);

  private void assertMatches(
      String source, DoubleSampler sampler, ContinuousDistribution theory, double varTol) {
    RandomStream stream = streams.stream(source);
    double[] values = new double[N];
    double sum = 0;
    for (int i = 0; i < N; i++) {
      values[i] = sampler.sample(stream);
      sum += values[i];
    }
    double mean = sum / N;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double variance = squares / (N - 1);
    double standardError = Math.sqrt(theory.getVariance() / N);
    assertThat(mean)
        .as("mean of " + sampler)
        .isCloseTo(theory.getMean(), within(5 * standardError));
    assertThat(variance / theory.getVariance())
        .as("variance ratio of " + sampler)
        .isCloseTo(1.0, within(varTol));
    for (double p : new double[] {0.1, 0.5, 0.9}) {
      double q = theory.inverseCumulativeProbability(p);
      int below = 0;
      for (double v : values) {
        below += v <= q ? 1 : 0;
      }
      assertThat(below / (double) N)
          .as("CDF at q%.1f of %s", p, sampler)
          .isCloseTo(p, within(0.004));
    }
  }

  @Test
  void exponentialMatchesTheory() {
    assertMatches("exp", Samplers.exponential(2.5), ExponentialDistribution.of(2.5), 0.04);
  }

  @Test
  void logNormalMatchesTheory() {
    assertMatches("ln", Samplers.logNormal(1.0, 0.5), LogNormalDistribution.of(1.0, 0.5), 0.06);
  }

  @Test
  void logNormalFromMedianAndP90HitsBoth() {
    double sigma = Math.log(8.0 / 2.0) / Samplers.Z_90;
    LogNormalDistribution theory = LogNormalDistribution.of(Math.log(2.0), sigma);
    assertThat(theory.inverseCumulativeProbability(0.9)).isCloseTo(8.0, within(1e-9));
    assertMatches("ln2", Samplers.logNormalFromMedianP90(2.0, 8.0), theory, 0.5);
  }

  @Test
  void gammaMatchesTheoryForSmallAndLargeShapes() {
    assertMatches("g1", Samplers.gamma(0.5, 2.0), GammaDistribution.of(0.5, 2.0), 0.05);
    assertMatches("g2", Samplers.gamma(1.0, 3.0), GammaDistribution.of(1.0, 3.0), 0.04);
    assertMatches("g3", Samplers.gamma(3.7, 0.4), GammaDistribution.of(3.7, 0.4), 0.03);
  }

  @Test
  void erlangIsGammaWithIntegerShapeAndTheGivenMean() {
    assertMatches("erl", Samplers.erlang(3, 6.0), GammaDistribution.of(3, 2.0), 0.03);
  }

  @Test
  void weibullMatchesTheory() {
    assertMatches("wb1", Samplers.weibull(1.5, 4.0), WeibullDistribution.of(1.5, 4.0), 0.03);
    assertMatches("wb2", Samplers.weibull(0.7, 1.0), WeibullDistribution.of(0.7, 1.0), 0.10);
  }

  @Test
  void uniformMatchesTheory() {
    assertMatches("u", Samplers.uniform(-1, 3), UniformContinuousDistribution.of(-1, 3), 0.02);
  }

  @Test
  void triangularMatchesTheory() {
    assertMatches("tri", Samplers.triangular(1, 2, 6), TriangularDistribution.of(1, 2, 6), 0.02);
    assertMatches("tri0", Samplers.triangular(0, 0, 1), TriangularDistribution.of(0, 0, 1), 0.02);
  }

  @Test
  void constantDrawsNothing() {
    RandomStream a = streams.stream("c1");
    RandomStream b = new RandomStreams(20261127L, 0).stream("c1");
    assertThat(Samplers.constant(4.2).sample(a)).isEqualTo(4.2);
    assertThat(a.nextLong()).isEqualTo(b.nextLong());
  }

  @Test
  void empiricalDrawsValuesInProportionToWeights() {
    DoubleSampler sampler =
        Samplers.empirical(new double[] {10, 20, 30, 40}, new double[] {1, 0, 3, 6});
    RandomStream stream = streams.stream("emp");
    int[] counts = new int[5];
    for (int i = 0; i < N; i++) {
      counts[(int) sampler.sample(stream) / 10]++;
    }
    assertThat(counts[2]).isZero();
    assertThat(counts[1] / (double) N).isCloseTo(0.1, within(0.004));
    assertThat(counts[3] / (double) N).isCloseTo(0.3, within(0.004));
    assertThat(counts[4] / (double) N).isCloseTo(0.6, within(0.004));
  }

  @Test
  void bernoulliReturnsOneWithItsProbability() {
    DoubleSampler sampler = Samplers.bernoulli(0.25);
    RandomStream stream = streams.stream("bern");
    double sum = 0;
    for (int i = 0; i < N; i++) {
      double v = sampler.sample(stream);
      assertThat(v == 0.0 || v == 1.0).isTrue();
      sum += v;
    }
    assertThat(sum / N).isCloseTo(0.25, within(0.004));
  }

  @Test
  void oneSamplerServesManyEntityStreamsReproducibly() {
    DoubleSampler sampler = Samplers.gamma(2, 1);
    double a = sampler.sample(streams.stream("acct", 1));
    double b = sampler.sample(streams.stream("acct", 2));
    RandomStreams again = new RandomStreams(20261127L, 0);
    assertThat(sampler.sample(again.stream("acct", 2))).isEqualTo(b);
    assertThat(sampler.sample(again.stream("acct", 1))).isEqualTo(a);
  }

  @Test
  void invalidParametersAreRejectedWithTheirNames() {
    assertThatThrownBy(() -> Samplers.exponential(-1)).hasMessageContaining("exponential mean");
    assertThatThrownBy(() -> Samplers.logNormal(0, -1)).hasMessageContaining("lognormal sigma");
    assertThatThrownBy(() -> Samplers.logNormalFromMedianP90(5, 4))
        .hasMessageContaining("greater than the median");
    assertThatThrownBy(() -> Samplers.gamma(0, 1)).hasMessageContaining("gamma shape");
    assertThatThrownBy(() -> Samplers.erlang(0, 1)).hasMessageContaining("erlang k");
    assertThatThrownBy(() -> Samplers.weibull(1, Double.NaN)).hasMessageContaining("weibull scale");
    assertThatThrownBy(() -> Samplers.uniform(2, 1)).hasMessageContaining("must not exceed");
    assertThatThrownBy(() -> Samplers.triangular(0, 2, 1)).hasMessageContaining("mode");
    assertThatThrownBy(() -> Samplers.triangular(1, 1, 1)).hasMessageContaining("greater than min");
    assertThatThrownBy(() -> Samplers.constant(Double.POSITIVE_INFINITY))
        .hasMessageContaining("constant value");
    assertThatThrownBy(() -> Samplers.empirical(new double[] {1}, new double[] {1, 2}))
        .hasMessageContaining("as many weights");
    assertThatThrownBy(() -> Samplers.empirical(new double[] {1}, new double[] {0}))
        .hasMessageContaining("all be zero");
    assertThatThrownBy(() -> Samplers.empirical(new double[] {1}, new double[] {-1}))
        .hasMessageContaining("empirical weight [0]");
    assertThatThrownBy(() -> Samplers.bernoulli(2)).hasMessageContaining("bernoulli p");
  }
}
