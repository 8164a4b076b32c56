package org.precinct.engine.result;

import java.util.Arrays;

/**
 * Per-bin values of up to {@code capacity} replications for exact quantiles across replications,
 * with fixed memory beyond that: from then on each new replication replaces a stored one with
 * probability capacity / (index + 1) (Vitter's Algorithm R), the slot chosen by a hash of the
 * replication index, so the sample stays uniform and the result does not depend on thread count.
 */
final class QuantileReservoir {
  private final int bins;
  private final int capacity;
  private double[] values;
  private int stored;
  private long seen;

  QuantileReservoir(int bins, int capacity) {
    this.bins = bins;
    this.capacity = capacity;
    this.values = new double[Math.max(1, bins) * Math.min(capacity, 8)];
  }

  /** Offers one replication's values (one per bin), in replication order. */
  void add(double[] replicationValues, int replication) {
    int slot;
    if (seen < capacity) {
      slot = (int) seen;
      stored = slot + 1;
      if ((long) stored * bins > values.length) {
        values = Arrays.copyOf(values, Math.min(capacity, stored * 2) * Math.max(1, bins));
      }
    } else {
      long j = Long.remainderUnsigned(mix(replication), seen + 1);
      slot = j < capacity ? (int) j : -1;
    }
    seen++;
    if (slot >= 0) {
      for (int b = 0; b < bins; b++) {
        values[slot * bins + b] = replicationValues[b];
      }
    }
  }

  /** The stored values of one bin. */
  double[] bin(int b) {
    double[] out = new double[stored];
    for (int r = 0; r < stored; r++) {
      out[r] = values[r * bins + b];
    }
    return out;
  }

  int stored() {
    return stored;
  }

  /** SplitMix64's finaliser: a well-mixed hash of the replication index. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
