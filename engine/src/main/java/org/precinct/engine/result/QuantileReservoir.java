package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Per-bin values of up to {@code capacity} replications for exact quantiles across replications,
 * with fixed memory beyond that: a bottom-k sample that keeps the replications whose hashed index
 * is smallest. The hash makes the sample uniform, and the kept set depends only on which
 * replications were offered, not on their order or on how they were split between machines, so two
 * reservoirs merge into exactly the one a single pass would build.
 */
final class QuantileReservoir {
  private final int bins;
  private final int capacity;
  private double[] values;
  private long[] priorities;
  private int stored;
  private int largest = -1;

  QuantileReservoir(int bins, int capacity) {
    this.bins = Math.max(1, bins);
    this.capacity = capacity;
    int initial = Math.min(capacity, 8);
    this.values = new double[this.bins * initial];
    this.priorities = new long[initial];
  }

  /** Offers one replication's values (one per bin). */
  void add(double[] replicationValues, int replication) {
    offer(mix(replication), replicationValues, 0);
  }

  /** Offers everything {@code other} kept, as if each of its replications were added here. */
  void add(QuantileReservoir other) {
    for (int s = 0; s < other.stored; s++) {
      offer(other.priorities[s], other.values, s * other.bins);
    }
  }

  private void offer(long priority, double[] source, int offset) {
    int slot;
    if (stored < capacity) {
      slot = stored++;
      if (slot == priorities.length) {
        int grown = Math.min(capacity, slot * 2);
        priorities = Arrays.copyOf(priorities, grown);
        values = Arrays.copyOf(values, grown * bins);
      }
    } else if (Long.compareUnsigned(priority, priorities[largest]) < 0) {
      slot = largest;
    } else {
      return;
    }
    priorities[slot] = priority;
    System.arraycopy(source, offset, values, slot * bins, Math.min(bins, source.length - offset));
    if (stored == capacity) {
      largest = 0;
      for (int s = 1; s < stored; s++) {
        if (Long.compareUnsigned(priorities[s], priorities[largest]) > 0) {
          largest = s;
        }
      }
    }
  }

  /** The stored values of one bin, in no particular order. */
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

  void write(DataOutput out) throws IOException {
    out.writeInt(bins);
    out.writeInt(stored);
    for (int s = 0; s < stored; s++) {
      out.writeLong(priorities[s]);
      for (int b = 0; b < bins; b++) {
        out.writeDouble(values[s * bins + b]);
      }
    }
  }

  /** Reads a reservoir written by {@link #write} into an empty one of the same shape. */
  void read(DataInput in) throws IOException {
    int storedBins = in.readInt();
    int count = in.readInt();
    if (storedBins != bins || count < 0 || count > capacity) {
      throw new IOException(
          "corrupt reservoir: " + storedBins + " bins x " + count + ", expected " + bins);
    }
    double[] row = new double[bins];
    for (int s = 0; s < count; s++) {
      long priority = in.readLong();
      for (int b = 0; b < bins; b++) {
        row[b] = in.readDouble();
      }
      offer(priority, row, 0);
    }
  }

  /** SplitMix64's finaliser: a well-mixed hash of the replication index. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
