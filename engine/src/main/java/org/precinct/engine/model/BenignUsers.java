package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * The benign users who were ever falsely flagged, in slots allocated on first flag (most users
 * never are, so memory follows the flags, not the user count): their flag windows, open case,
 * warning, wrongful suspension and appeals.
 */
final class BenignUsers {
  private final ModelContext m;
  private final FlagWindows flags;
  private final int[][] slotOf;
  private final StreamFamily reviewFamily;
  private int size;
  private long[] key = new long[64];
  private int[] channel = new int[64];
  private int[] openCase = new int[64];
  private boolean[] warned = new boolean[64];
  private boolean[] suspended = new boolean[64];
  private RandomStream[] review = new RandomStream[64];
  private int suspendedNow;

  BenignUsers(ModelContext m, int flagCapacity, BenignStreamSpec[] streams) {
    this.m = m;
    this.slotOf = new int[streams.length][];
    for (int s = 0; s < streams.length; s++) {
      slotOf[s] = new int[streams[s].users()];
      Arrays.fill(slotOf[s], -1);
    }
    this.flags = new FlagWindows(flagCapacity, 64);
    this.reviewFamily = m.streams.family("benign-review");
  }

  /** A benign user's request was falsely flagged; the flagging rule may open a case. */
  void onFlagged(int stream, int user, int ch) {
    int slot = slot(stream, user, ch);
    if (suspended[slot]) {
      return;
    }
    boolean rule =
        flags.flag(slot, m.now(), m.detection.flagsToOpenCase(), m.detection.windowTicks());
    if (rule && openCase[slot] < 0 && m.parameters.defenseOn(ch, DefenseKind.FLAGGING)) {
      if (!m.parameters.defenseOn(ch, DefenseKind.REVIEW)) {
        flags.clear(slot);
        wronglyConfirmed(slot, m.index.queue(m.spec.enforcement().reviewQueueId()));
        return;
      }
      openCase[slot] =
          m.desk.open(
              CaseTable.BENIGN_ACCOUNT,
              slot,
              1,
              m.index.queue(m.spec.enforcement().reviewQueueId()));
    }
  }

  void onReviewed(int slot, boolean confirmed, int queue) {
    openCase[slot] = -1;
    flags.clear(slot);
    if (confirmed) {
      wronglyConfirmed(slot, queue);
    }
  }

  /**
   * The ladder applied to a benign user: a warning first when severity 1 is below the bar, else a
   * wrongful suspension, perhaps appealed.
   */
  private void wronglyConfirmed(int slot, int queue) {
    int ch = channel[slot];
    RandomStream rs = reviewStream(slot);
    double uAct = rs.nextDouble();
    double uAppeal = rs.nextDouble();
    if (m.enforcement.isPartnerChannel(ch)) {
      if (!m.parameters.defenseOn(ch, DefenseKind.PARTNER_REFERRAL)
          || uAct >= m.parameters.get(Parameter.PARTNER_ACTION_PROBABILITY, ch)) {
        return;
      }
    } else if (!m.parameters.defenseOn(ch, DefenseKind.ENFORCEMENT)) {
      return;
    } else if (1.0 < m.parameters.get(Parameter.WARN_BELOW_SEVERITY) && !warned[slot]) {
      warned[slot] = true;
      m.log.benign(ObservedKind.WARNED, slot, -1, "warning");
      return;
    }
    m.log.benign(ObservedKind.WRONGFUL_ENFORCEMENT, slot, -1, "suspended");
    suspended[slot] = true;
    suspendedNow++;
    m.recorder.wrongfulEnforcements++;
    if (uAppeal < m.parameters.get(Parameter.QUEUE_APPEAL_SHARE, queue)) {
      m.desk.open(CaseTable.BENIGN_APPEAL, slot, ReviewQueue.APPEAL_LEVEL, queue);
    }
  }

  /** An appeal was granted: the user is active again with a clean record. */
  void reinstate(int slot) {
    if (suspended[slot]) {
      suspended[slot] = false;
      suspendedNow--;
      flags.clear(slot);
    }
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

  int suspendedNow() {
    return suspendedNow;
  }

  private int slot(int stream, int user, int ch) {
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
