package org.precinct.engine.model;

import java.util.Arrays;

/**
 * The times of each entity's most recent flags in one primitive ring per entity, to apply the
 * flagging rule "k flags within a window" in constant time per flag.
 */
final class FlagWindows {
  private final int capacity;
  private long[] times;
  private int[] next;
  private int[] count;

  FlagWindows(int capacity, int initialEntities) {
    this.capacity = capacity;
    int n = Math.max(16, initialEntities);
    this.times = new long[n * capacity];
    this.next = new int[n];
    this.count = new int[n];
  }

  int capacity() {
    return capacity;
  }

  /** Records a flag and returns whether the entity now has at least k flags within the window. */
  boolean flag(int entity, long now, int k, long windowTicks) {
    ensure(entity);
    int base = entity * capacity;
    times[base + next[entity]] = now;
    next[entity] = next[entity] + 1 == capacity ? 0 : next[entity] + 1;
    if (count[entity] < capacity) {
      count[entity]++;
    }
    int kk = Math.min(k, capacity);
    if (count[entity] < kk) {
      return false;
    }
    int kthMostRecent = next[entity] - kk;
    if (kthMostRecent < 0) {
      kthMostRecent += capacity;
    }
    return now - times[base + kthMostRecent] <= windowTicks;
  }

  /** Forgets an entity's flags (after its case is decided). */
  void clear(int entity) {
    ensure(entity);
    count[entity] = 0;
  }

  private void ensure(int entity) {
    if (entity >= next.length) {
      int n = Math.max(entity + 1, next.length * 2);
      times = Arrays.copyOf(times, n * capacity);
      next = Arrays.copyOf(next, n);
      count = Arrays.copyOf(count, n);
    }
  }
}
