package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Every review case of a replication as primitive columns (kind, subject, priority level, opening
 * time), addressed by an int id that events carry, so queues hold ints instead of objects.
 */
final class CaseTable {
  static final int THREAT_ACCOUNT = 0;
  static final int BENIGN_ACCOUNT = 1;
  static final int NETWORK = 2;
  static final int THREAT_APPEAL = 3;
  static final int BENIGN_APPEAL = 4;
  static final int BACKGROUND = 5;
  static final int BENIGN_AUDIT = 6;

  private final IntArrayList kind = new IntArrayList();
  private final IntArrayList subject = new IntArrayList();
  private final IntArrayList level = new IntArrayList();
  private final LongArrayList openedAt = new LongArrayList();
  private final IntArrayList queue = new IntArrayList();

  /** Opens a case and returns its id. */
  int open(int caseKind, int subjectIndex, int priorityLevel, long now) {
    queue.add(-1);
    kind.add(caseKind);
    subject.add(subjectIndex);
    level.add(priorityLevel);
    openedAt.add(now);
    return kind.size() - 1;
  }

  int kind(int id) {
    return kind.get(id);
  }

  int subject(int id) {
    return subject.get(id);
  }

  int level(int id) {
    return level.get(id);
  }

  long openedAt(int id) {
    return openedAt.get(id);
  }

  /** Restarts a case's wait (after escalation to another queue). */
  void reopen(int id, long now) {
    openedAt.set(id, now);
  }

  int queue(int id) {
    return queue.get(id);
  }

  void assign(int id, int queueIndex) {
    queue.set(id, queueIndex);
  }

  int size() {
    return kind.size();
  }

  /**
   * Whether a case is election work (not background load, nor the audit of a benign customer), the
   * cases wait metrics describe.
   */
  boolean isElectionWork(int id) {
    int k = kind.get(id);
    return k != BACKGROUND && k != BENIGN_AUDIT;
  }
}
