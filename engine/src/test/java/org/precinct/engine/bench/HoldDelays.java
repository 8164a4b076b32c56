package org.precinct.engine.bench;

import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;

/**
 * A ring of pre-drawn exponential hold times (mean one hour, in ticks) shared by the hold
 * benchmarks, so that both event sets see identical delays and random-number cost stays out of the
 * comparison.
 */
final class HoldDelays {

  private static final int SIZE = 1 << 16;

  private final long[] delays = new long[SIZE];
  private int next;

  HoldDelays(long seed) {
    RandomStream stream = new RandomStreams(seed, 0).stream("hold");
    for (int i = 0; i < SIZE; i++) {
      delays[i] = Math.round(stream.exponential(Ticks.HOUR));
    }
  }

  long next() {
    long delay = delays[next];
    next = (next + 1) & (SIZE - 1);
    return delay;
  }
}
