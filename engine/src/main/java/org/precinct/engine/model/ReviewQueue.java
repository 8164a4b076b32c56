package org.precinct.engine.model;

import org.precinct.engine.spec.QueueSpec;

/**
 * One review queue's waiting lines (one FIFO per priority level, highest served first), its staffed
 * and busy reviewers, and the time integrals behind utilization, reviewer hours and the
 * time-averaged backlog.
 */
final class ReviewQueue {
  static final int LEVELS = 7;
  static final int NETWORK_LEVEL = 6;
  static final int APPEAL_LEVEL = 2;
  static final int BACKGROUND_LEVEL = 0;

  final int index;
  final QueueSpec spec;
  private final IntFifo[] lines = new IntFifo[LEVELS];
  private int waiting;
  private int staffed;
  private int busy;
  private long lastAccrual;
  private double staffedTicks;
  private double busyTicks;
  private double backlogTicksThisHour;
  private double staffedTicksThisHour;

  ReviewQueue(int index, QueueSpec spec) {
    this.index = index;
    this.spec = spec;
    for (int i = 0; i < LEVELS; i++) {
      lines[i] = new IntFifo();
    }
  }

  /** Adds time-weighted areas up to {@code now}; call before any state change. */
  void accrue(long now) {
    long dt = now - lastAccrual;
    if (dt > 0) {
      staffedTicks += (double) staffed * dt;
      busyTicks += (double) busy * dt;
      backlogTicksThisHour += (double) waiting * dt;
      staffedTicksThisHour += (double) staffed * dt;
      lastAccrual = now;
    }
  }

  void enqueue(int caseId, int level, long now) {
    accrue(now);
    lines[spec.priorityBySeverity() ? level : 0].add(caseId);
    waiting++;
  }

  /** Removes and returns the next case: highest level first, first come first within a level. */
  int next(long now) {
    accrue(now);
    for (int level = LEVELS - 1; level >= 0; level--) {
      if (lines[level].size() > 0) {
        waiting--;
        busy++;
        return lines[level].poll();
      }
    }
    throw new IllegalStateException("queue " + spec.id() + " has no waiting case");
  }

  void finish(long now) {
    accrue(now);
    busy--;
  }

  boolean canStart() {
    return waiting > 0 && busy < staffed;
  }

  void setStaffed(int value, long now) {
    accrue(now);
    staffed = Math.max(0, value);
  }

  int staffed() {
    return staffed;
  }

  int busy() {
    return busy;
  }

  int waiting() {
    return waiting;
  }

  /** The case ids still waiting, for end-of-run SLA accounting. */
  void forEachWaiting(java.util.function.IntConsumer action) {
    for (IntFifo line : lines) {
      for (int i = 0; i < line.size(); i++) {
        action.accept(line.get(i));
      }
    }
  }

  /** Warm-up deletion: the utilisation and reviewer-hour integrals start again at {@code now}. */
  void resetIntegrals(long now) {
    accrue(now);
    staffedTicks = 0;
    busyTicks = 0;
  }

  double staffedTicks() {
    return staffedTicks;
  }

  double busyTicks() {
    return busyTicks;
  }

  /** Returns and resets the backlog area of the current hour (case-ticks). */
  double takeBacklogArea(long now) {
    accrue(now);
    double area = backlogTicksThisHour;
    backlogTicksThisHour = 0;
    return area;
  }

  /** Returns and resets the staffed area of the current hour (reviewer-ticks). */
  double takeStaffedArea(long now) {
    accrue(now);
    double area = staffedTicksThisHour;
    staffedTicksThisHour = 0;
    return area;
  }
}
