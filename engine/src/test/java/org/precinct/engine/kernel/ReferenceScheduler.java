package org.precinct.engine.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A deliberately simple event list (a java.util.PriorityQueue of {time, priority, sequence, id})
 * that states the ordering contract in the plainest way, for checking {@link Simulation} against.
 */
final class ReferenceScheduler {

  private final PriorityQueue<long[]> queue =
      new PriorityQueue<>(
          Comparator.<long[]>comparingLong(e -> e[0])
              .thenComparingLong(e -> e[1])
              .thenComparingLong(e -> e[2]));
  private final List<long[]> entries = new ArrayList<>();
  private long sequence;
  private long now;

  long now() {
    return now;
  }

  long schedule(long delay, int priority, long id) {
    long[] entry = {now + delay, priority, sequence++, id};
    queue.add(entry);
    entries.add(entry);
    return entries.size() - 1;
  }

  void cancel(long handle) {
    if (!queue.remove(entries.get((int) handle))) {
      throw new IllegalStateException("not pending: " + handle);
    }
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Removes the next event, advances the clock, and returns its id. */
  long next() {
    long[] entry = queue.poll();
    now = entry[0];
    return entry[3];
  }
}
