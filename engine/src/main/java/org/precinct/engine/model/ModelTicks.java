package org.precinct.engine.model;

import org.precinct.engine.kernel.Ticks;

/**
 * Closes the hourly and daily bins at their ends (after every other event at that time): the
 * time-averaged backlog and staffing per queue each hour, active accounts and redirects each day.
 */
final class ModelTicks {
  private final ModelContext m;

  ModelTicks(ModelContext m) {
    this.m = m;
  }

  void start() {
    scheduleHour(0);
    scheduleDay(0);
  }

  private void scheduleHour(int h) {
    if (h < m.calendar.hourCount()) {
      long at = Math.min((h + 1) * Ticks.HOUR, m.calendar.endTicks());
      m.scheduleAt(at, EventTypes.PRIORITY_TICK, EventTypes.HOUR_TICK, h);
    }
  }

  private void scheduleDay(int d) {
    if (d < m.calendar.dayCount()) {
      long at = Math.min(m.calendar.dayStart(d + 1), m.calendar.endTicks());
      m.scheduleAt(at, EventTypes.PRIORITY_DAY_TICK, EventTypes.DAY_TICK, d);
    }
  }

  void onHour(int h) {
    long now = m.now();
    double length = Math.max(1, now - h * Ticks.HOUR);
    Bins bins = m.recorder.bins;
    for (ReviewQueue q : m.queues) {
      double backlog = q.takeBacklogArea(now) / length;
      double staffed = q.takeStaffedArea(now) / length;
      bins.backlog[1 + q.index][h] = backlog;
      bins.staffed[1 + q.index][h] = staffed;
      bins.backlog[0][h] += backlog;
      bins.staffed[0][h] += staffed;
    }
    m.benign.onHour(length / Ticks.HOUR);
    scheduleHour(h + 1);
  }

  void onDay(int d) {
    int active = 0;
    for (int c = 0; c < m.campaigns.active.length; c++) {
      active += m.campaigns.active[c];
    }
    m.recorder.bins.activeAccounts[d] = active;
    m.benign.onDay(d);
    scheduleDay(d + 1);
  }
}
