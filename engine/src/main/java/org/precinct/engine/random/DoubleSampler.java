package org.precinct.engine.random;

/**
 * A distribution of doubles that draws from the stream given at sample time, so that one sampler
 * object serves the streams of many entities (see {@link Samplers} for the built-in ones).
 */
@FunctionalInterface
public interface DoubleSampler {

  /** Draws one value from the given stream. */
  double sample(RandomStream stream);
}
