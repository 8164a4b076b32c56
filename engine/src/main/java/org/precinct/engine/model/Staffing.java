package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.WindowKind;
import org.precinct.engine.result.WindowSpan;
import org.precinct.engine.spec.Parameter;

/**
 * Reviewers on duty per queue: the weekly roster (one event per step, scheduled lazily), times the
 * queue's staff scale, plus surge and outage windows added by changes; records each window for the
 * review-operations chart.
 */
final class Staffing {
  private static final long QUEUE_SHIFT = 32;
  private final ModelContext m;
  private final StaffRoster[] rosters;
  private final MutableList<WindowSpan> windows = Lists.mutable.empty();

  Staffing(ModelContext m) {
    this.m = m;
    rosters = new StaffRoster[m.queues.length];
    for (int q = 0; q < rosters.length; q++) {
      rosters[q] = StaffRoster.of(m.queues[q].spec.shifts(), m.spec.timeline());
    }
  }

  /** Schedules the first roster step of every queue. */
  void scheduleRosters() {
    for (int q = 0; q < rosters.length; q++) {
      scheduleStep(q, 0);
    }
  }

  private void scheduleStep(int q, int step) {
    if (step < rosters[q].steps() && rosters[q].time(step) <= m.calendar.endTicks()) {
      long payload = ((long) q << QUEUE_SHIFT) | step;
      m.scheduleAt(rosters[q].time(step), EventTypes.PRIORITY_STAFF, EventTypes.ROSTER, payload);
    }
  }

  void onRoster(long payload) {
    int q = (int) (payload >>> QUEUE_SHIFT);
    int step = (int) payload;
    m.queues[q].rostered = rosters[q].staff(step);
    refresh(q);
    scheduleStep(q, step + 1);
  }

  /** Adds (or removes, when negative) reviewers from {@code fromTicks} to {@code toTicks}. */
  void addStaff(int q, long fromTicks, long toTicks, int staff) {
    long from = Math.max(fromTicks, m.now());
    long to = Math.min(toTicks, m.calendar.endTicks());
    if (to <= from || staff == 0) {
      return;
    }
    long up = ((long) q << QUEUE_SHIFT) | (staff & 0xffffffffL);
    long down = ((long) q << QUEUE_SHIFT) | (-staff & 0xffffffffL);
    m.scheduleAt(from, EventTypes.PRIORITY_STAFF, EventTypes.STAFF_DELTA, up);
    m.scheduleAt(to, EventTypes.PRIORITY_STAFF, EventTypes.STAFF_DELTA, down);
    WindowKind kind = staff > 0 ? WindowKind.SURGE : WindowKind.OUTAGE;
    String label = (staff > 0 ? "Surge +" : "Outage ") + staff + " " + m.queues[q].spec.label();
    windows.add(new WindowSpan(label, kind, from, to));
  }

  void onDelta(long payload) {
    int q = (int) (payload >>> QUEUE_SHIFT);
    m.queues[q].extra += (int) payload;
    refresh(q);
  }

  /** Recomputes a queue's staff (roster x scale + windows, at least 0) and starts waiting cases. */
  void refresh(int q) {
    ReviewQueue queue = m.queues[q];
    double scale = m.parameters.get(Parameter.QUEUE_STAFF_SCALE, q);
    queue.setStaffed((int) Math.round(queue.rostered * scale) + queue.extra, m.now());
    m.desk.tryStart(q);
  }

  MutableList<WindowSpan> windows() {
    return windows;
  }
}
