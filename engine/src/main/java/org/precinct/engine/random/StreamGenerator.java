package org.precinct.engine.random;

import java.util.random.RandomGenerator;

/**
 * A {@link RandomStream} seen as a JDK {@link RandomGenerator}, so a library that draws through
 * that interface (the optimise search's genetic operators) takes its numbers from a named,
 * seed-derived stream and repeats exactly with the same seed.
 */
public final class StreamGenerator implements RandomGenerator {

  private final RandomStream stream;

  /** A generator drawing every bit from {@code stream}. */
  public StreamGenerator(RandomStream stream) {
    this.stream = stream;
  }

  @Override
  public long nextLong() {
    return stream.nextLong();
  }
}
