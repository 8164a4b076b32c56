package org.precinct.engine.experiment;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where an experiment gets the random numbers of its own design (permutation orders, bootstrap
 * resamples, Latin hypercube points): a fresh generator at the start of a named stream, so that an
 * experiment repeated with more replications redraws exactly the same design.
 *
 * <p>The model's random streams are separate; experiments never draw from them. Implementations
 * come from {@code engine.random}, the only package that creates generators.
 */
@FunctionalInterface
public interface NamedStreams {

  /** A new generator positioned at the start of the stream called {@code name}. */
  UniformRandomProvider stream(String name);
}
