package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.result.WindowKind;
import org.precinct.engine.result.WindowSpan;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Reviewers on duty per queue: the weekly roster (one event per step, scheduled lazily), times the
 * queue's staff scale, plus surge and outage windows added by changes; records each window for the
 * review-operations chart.
 */
final class Staffing implements EventHandler {
  private static final long QUEUE_SHIFT = 32;
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final QueueSpec[] queues;
  private final ReviewCapacity desk;
  private final StaffRoster[] rosters;
  private final int[] rostered;
  private final int[] extra;
  private final MutableList<WindowSpan> windows = Lists.mutable.empty();

  Staffing(ScenarioSpec spec, ModelParameters parameters, ModelClock clock, ReviewCapacity desk) {
    this.parameters = parameters;
    this.clock = clock;
    this.queues = spec.queues().toArray(new QueueSpec[0]);
    this.desk = desk;
    rosters = new StaffRoster[queues.length];
    for (int q = 0; q < rosters.length; q++) {
      rosters[q] = StaffRoster.of(queues[q].shifts(), spec.timeline());
    }
    rostered = new int[queues.length];
    extra = new int[queues.length];
  }

  @Override
  public void onEvent(int type, long payload) {
    switch (type) {
      case EventTypes.ROSTER -> onRoster(payload);
      case EventTypes.STAFF_DELTA -> onDelta(payload);
      default -> throw new IllegalStateException("staffing got event type " + type);
    }
  }

  /** Schedules the first roster step of every queue. */
  void scheduleRosters() {
    for (int q = 0; q < rosters.length; q++) {
      scheduleStep(q, 0);
    }
  }

  private void scheduleStep(int q, int step) {
    if (step < rosters[q].steps() && rosters[q].time(step) <= clock.endTicks()) {
      long payload = ((long) q << QUEUE_SHIFT) | step;
      clock.at(rosters[q].time(step), EventTypes.PRIORITY_STAFF, this, EventTypes.ROSTER, payload);
    }
  }

  private void onRoster(long payload) {
    int q = (int) (payload >>> QUEUE_SHIFT);
    int step = (int) payload;
    rostered[q] = rosters[q].staff(step);
    refresh(q);
    scheduleStep(q, step + 1);
  }

  /** Adds (or removes, when negative) reviewers from {@code fromTicks} to {@code toTicks}. */
  void addStaff(int q, long fromTicks, long toTicks, int staff) {
    long from = Math.max(fromTicks, clock.now());
    long to = Math.min(toTicks, clock.endTicks());
    if (to <= from || staff == 0) {
      return;
    }
    long up = ((long) q << QUEUE_SHIFT) | (staff & 0xffffffffL);
    long down = ((long) q << QUEUE_SHIFT) | (-staff & 0xffffffffL);
    clock.at(from, EventTypes.PRIORITY_STAFF, this, EventTypes.STAFF_DELTA, up);
    clock.at(to, EventTypes.PRIORITY_STAFF, this, EventTypes.STAFF_DELTA, down);
    WindowKind kind = staff > 0 ? WindowKind.SURGE : WindowKind.OUTAGE;
    String label = (staff > 0 ? "Surge +" : "Outage ") + staff + " " + queues[q].label();
    windows.add(new WindowSpan(label, kind, from, to));
  }

  private void onDelta(long payload) {
    int q = (int) (payload >>> QUEUE_SHIFT);
    extra[q] += (int) payload;
    refresh(q);
  }

  /** Recomputes a queue's staff (roster x scale + windows, at least 0) and starts waiting cases. */
  void refresh(int q) {
    double scale = parameters.get(Parameter.QUEUE_STAFF_SCALE, q);
    desk.setStaffed(q, (int) Math.round(rostered[q] * scale) + extra[q]);
  }

  MutableList<WindowSpan> windows() {
    return windows;
  }
}
