package org.precinct.engine.bench;

/**
 * The in-run baseline: a binary min-heap of (time, entity) in two primitive arrays with no
 * tie-breaking, no handles and no cancellation, the least an event list can do.
 */
final class BareHeap {

  private final long[] times;
  private final int[] entities;
  private int size;
  private long poppedTime;
  private int poppedEntity;

  BareHeap(int capacity) {
    times = new long[capacity];
    entities = new int[capacity];
  }

  void push(long time, int entity) {
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[hole] = times[parent];
      entities[hole] = entities[parent];
      hole = parent;
    }
    times[hole] = time;
    entities[hole] = entity;
  }

  /** Removes the minimum; read it with {@link #poppedTime()} and {@link #poppedEntity()}. */
  void pop() {
    poppedTime = times[0];
    poppedEntity = entities[0];
    int last = --size;
    long time = times[last];
    int entity = entities[last];
    int hole = 0;
    int half = size >>> 1;
    while (hole < half) {
      int child = 2 * hole + 1;
      if (child + 1 < size && times[child + 1] < times[child]) {
        child++;
      }
      if (times[child] >= time) {
        break;
      }
      times[hole] = times[child];
      entities[hole] = entities[child];
      hole = child;
    }
    times[hole] = time;
    entities[hole] = entity;
  }

  long poppedTime() {
    return poppedTime;
  }

  int poppedEntity() {
    return poppedEntity;
  }
}
