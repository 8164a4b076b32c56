package org.precinct.engine.model;

import java.util.Arrays;

/**
 * Each campaign's pending account requests in its own indexed binary min-heap (time, then account
 * index), so the simulation's event set holds one event per campaign instead of one per account:
 * the kernel's heap stays small and a campaign's heap stays in cache however many accounts there
 * are (a two-level event set: the kernel orders campaigns, each campaign orders its accounts).
 */
final class ArrivalHeaps {
  private final long[][] times;
  private final int[][] accounts;
  private final int[] size;
  private int[] position = new int[64];

  ArrivalHeaps(int campaigns) {
    times = new long[campaigns][16];
    accounts = new int[campaigns][16];
    size = new int[campaigns];
    Arrays.fill(position, -1);
  }

  boolean isEmpty(int c) {
    return size[c] == 0;
  }

  long minTime(int c) {
    return times[c][0];
  }

  /** Whether the account has a pending request. */
  boolean contains(int account) {
    return account < position.length && position[account] >= 0;
  }

  /** Adds the account's next request (it must have none pending). */
  void add(int c, int account, long time) {
    ensure(c, account);
    int i = size[c]++;
    times[c][i] = time;
    accounts[c][i] = account;
    position[account] = i;
    siftUp(c, i);
  }

  /** Removes and returns the account with the earliest request. */
  int poll(int c) {
    int account = accounts[c][0];
    removeAt(c, 0);
    return account;
  }

  /** Removes the account's pending request, if any. */
  void remove(int c, int account) {
    if (contains(account)) {
      removeAt(c, position[account]);
    }
  }

  private void removeAt(int c, int i) {
    position[accounts[c][i]] = -1;
    int last = --size[c];
    if (i != last) {
      move(c, last, i);
      siftDown(c, i);
      siftUp(c, i);
    }
  }

  private void siftUp(int c, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(c, i, parent)) {
        return;
      }
      swap(c, i, parent);
      i = parent;
    }
  }

  private void siftDown(int c, int i) {
    int n = size[c];
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        return;
      }
      if (child + 1 < n && less(c, child + 1, child)) {
        child++;
      }
      if (!less(c, child, i)) {
        return;
      }
      swap(c, i, child);
      i = child;
    }
  }

  private boolean less(int c, int i, int j) {
    long ti = times[c][i];
    long tj = times[c][j];
    return ti < tj || (ti == tj && accounts[c][i] < accounts[c][j]);
  }

  private void swap(int c, int i, int j) {
    long t = times[c][i];
    int a = accounts[c][i];
    move(c, j, i);
    times[c][j] = t;
    accounts[c][j] = a;
    position[a] = j;
  }

  private void move(int c, int from, int to) {
    times[c][to] = times[c][from];
    accounts[c][to] = accounts[c][from];
    position[accounts[c][to]] = to;
  }

  private void ensure(int c, int account) {
    if (size[c] == times[c].length) {
      times[c] = Arrays.copyOf(times[c], size[c] * 2);
      accounts[c] = Arrays.copyOf(accounts[c], size[c] * 2);
    }
    if (account >= position.length) {
      int old = position.length;
      position = Arrays.copyOf(position, Math.max(account + 1, old * 2));
      Arrays.fill(position, old, position.length, -1);
    }
  }
}
