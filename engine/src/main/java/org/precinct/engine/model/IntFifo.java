package org.precinct.engine.model;

/**
 * A growable first-in-first-out ring of ints (case ids), so waiting lines allocate nothing per
 * case.
 */
final class IntFifo {
  private int[] items = new int[16];
  private int head;
  private int size;

  void add(int value) {
    if (size == items.length) {
      grow();
    }
    items[(head + size) & (items.length - 1)] = value;
    size++;
  }

  int poll() {
    if (size == 0) {
      throw new IllegalStateException("poll from an empty queue");
    }
    int value = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return value;
  }

  int get(int i) {
    return items[(head + i) & (items.length - 1)];
  }

  int size() {
    return size;
  }

  private void grow() {
    int[] bigger = new int[items.length * 2];
    for (int i = 0; i < size; i++) {
      bigger[i] = get(i);
    }
    items = bigger;
    head = 0;
  }
}
