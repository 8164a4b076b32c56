package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.BenignStreamSpec;

/**
 * The benign users who were ever falsely flagged, in slots allocated on first flag (most users
 * never are, so memory follows the flags, not the user count): their channel, open case, warning,
 * wrongful suspension and review stream, like {@link Accounts} for threat accounts.
 */
final class BenignUsers {
  private final int[][] slotOf;
  private final StreamFamily reviewFamily;
  private int size;
  private long[] key = new long[64];
  private int[] channel = new int[64];
  int[] openCase = new int[64];
  boolean[] warned = new boolean[64];
  boolean[] suspended = new boolean[64];
  private RandomStream[] review = new RandomStream[64];
  int suspendedNow;

  BenignUsers(BenignStreamSpec[] streams, StreamFamily reviewFamily) {
    this.slotOf = new int[streams.length][];
    for (int s = 0; s < streams.length; s++) {
      slotOf[s] = new int[streams[s].users()];
      Arrays.fill(slotOf[s], -1);
    }
    this.reviewFamily = reviewFamily;
  }

  RandomStream reviewStream(int slot) {
    RandomStream s = review[slot];
    if (s == null) {
      s = reviewFamily.stream(key[slot]);
      review[slot] = s;
    }
    return s;
  }

  int size() {
    return size;
  }

  /** The stable key of a slot's user: benign stream index in the high bits, user in the low. */
  long key(int slot) {
    return key[slot];
  }

  int channel(int slot) {
    return channel[slot];
  }

  /** The slot of a stream's user on channel {@code ch}, allocated on first use. */
  int slot(int stream, int user, int ch) {
    int slot = slotOf[stream][user];
    if (slot >= 0) {
      return slot;
    }
    if (size == key.length) {
      grow();
    }
    slot = size++;
    slotOf[stream][user] = slot;
    key[slot] = ((long) stream << 32) | user;
    channel[slot] = ch;
    openCase[slot] = -1;
    return slot;
  }

  private void grow() {
    int n = key.length * 2;
    key = Arrays.copyOf(key, n);
    channel = Arrays.copyOf(channel, n);
    openCase = Arrays.copyOf(openCase, n);
    warned = Arrays.copyOf(warned, n);
    suspended = Arrays.copyOf(suspended, n);
    review = Arrays.copyOf(review, n);
  }
}
