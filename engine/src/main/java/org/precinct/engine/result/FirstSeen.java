package org.precinct.engine.result;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Where a key (a series, curve, campaign, outcome or window) first appeared: the lowest replication
 * that had it and its position in that replication's list. Ordering keys by it reproduces the order
 * a single in-order pass meets them, however the replications were split and merged.
 */
record FirstSeen(int replication, int position) implements Comparable<FirstSeen> {

  FirstSeen earlier(FirstSeen other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(FirstSeen o) {
    int c = Integer.compare(replication, o.replication);
    return c != 0 ? c : Integer.compare(position, o.position);
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(replication);
    out.writeInt(position);
  }

  static FirstSeen read(DataInput in) throws IOException {
    return new FirstSeen(in.readInt(), in.readInt());
  }
}
