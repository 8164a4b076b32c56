package org.precinct.engine.random;

import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One independent sequence of random numbers, owned by a named source (and entity) of a {@link
 * RandomStreams}, so that each part of a model draws from its own synchronised stream.
 *
 * <p>Normal and exponential variates use the Commons RNG ziggurat samplers (McFarland 2016), which
 * keep no state besides the generator, so {@link RandomStreams#saveState()} captures everything.
 * Not thread-safe: a stream belongs to one replication on one thread.
 */
public final class RandomStream {

  private static final double TWO_POW_MINUS_52 = 0x1.0p-52;

  private final RestorableUniformRandomProvider generator;
  private final ZigguratSampler.NormalizedGaussian gaussian;
  private final ZigguratSampler.Exponential exponential;

  RandomStream(RestorableUniformRandomProvider generator) {
    this.generator = generator;
    this.gaussian = ZigguratSampler.NormalizedGaussian.of(generator);
    this.exponential = ZigguratSampler.Exponential.of(generator);
  }

  /**
   * Returns a uniform double in the open interval (0, 1): never 0, so {@code Math.log} is safe, and
   * never 1. The 52-bit grid is offset by half a step: {@code (k + 0.5) / 2^52}.
   */
  public double nextDouble() {
    return ((generator.nextLong() >>> 12) + 0.5) * TWO_POW_MINUS_52;
  }

  /** Returns a uniform int in [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return generator.nextInt(bound);
  }

  /** Returns 64 uniformly random bits. */
  public long nextLong() {
    return generator.nextLong();
  }

  /** Returns true with probability {@code p}. */
  public boolean bernoulli(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
    }
    return nextDouble() < p;
  }

  /** Returns an exponential variate with the given mean. */
  public double exponential(double mean) {
    if (!(mean > 0 && mean < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("exponential mean must be positive, was " + mean);
    }
    return mean * exponential.sample();
  }

  /** Returns a standard normal variate (mean 0, variance 1). */
  public double normal() {
    return gaussian.sample();
  }

  byte[] saveState() {
    RandomProviderState state = generator.saveState();
    return ((RandomProviderDefaultState) state).getState();
  }

  void restoreState(byte[] state) {
    generator.restoreState(new RandomProviderDefaultState(state));
  }
}
