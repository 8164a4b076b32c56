package org.precinct.engine.experiment;

import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;

/**
 * Where an experiment gets the random numbers of its own design (permutation orders, bootstrap
 * resamples, Latin hypercube points): a fresh stream at the start of a named source, so that an
 * experiment repeated with more replications redraws exactly the same design.
 *
 * <p>These streams are keyed apart from the model's (their source names carry an {@code
 * experiment/} prefix), so an experiment's design never shifts the numbers a replication draws.
 */
@FunctionalInterface
public interface NamedStreams {

  /** A new stream positioned at the start of the source called {@code name}. */
  RandomStream stream(String name);

  /** The experiment streams of a scenario seed, derived by {@link RandomStreams}. */
  static NamedStreams ofSeed(long seed) {
    return name -> new RandomStreams(seed, 0).stream("experiment/" + name);
  }
}
