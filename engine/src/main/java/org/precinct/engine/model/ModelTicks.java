package org.precinct.engine.model;

import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Ticks;

/**
 * Closes the hourly and daily bins at their ends (after every other event at that time): the
 * time-averaged backlog and staffing per queue each hour, active accounts and redirects each day;
 * at the day end that closes the warm-up, after that day's tallies, it runs the warm-up deletion.
 * Each hour's end is also the instant the state triggers are checked, so a trigger sees the state
 * after every event of that instant and costs no event of its own.
 */
final class ModelTicks implements EventHandler {
  private final ModelCalendar calendar;
  private final ModelClock clock;
  private final Recorder recorder;
  private final ReviewQueue[] queues;
  private final CampaignStates campaigns;
  private final PeriodListener listener;
  private final Runnable atWarmUpEnd;
  private final StateTriggers triggers;

  ModelTicks(
      ModelCalendar calendar,
      Instruments tools,
      ReviewQueue[] queues,
      CampaignStates campaigns,
      PeriodListener listener,
      StateTriggers triggers,
      Runnable atWarmUpEnd) {
    this.calendar = calendar;
    this.triggers = triggers;
    this.atWarmUpEnd = atWarmUpEnd;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.queues = queues;
    this.campaigns = campaigns;
    this.listener = listener;
  }

  @Override
  public void onEvent(int type, long payload) {
    switch (type) {
      case EventTypes.HOUR_TICK -> onHour((int) payload);
      case EventTypes.DAY_TICK -> onDay((int) payload);
      default -> throw new IllegalStateException("ticks got event type " + type);
    }
  }

  void start() {
    scheduleHour(0);
    scheduleDay(0);
  }

  private void scheduleHour(int h) {
    if (h < calendar.hourCount()) {
      long at = Math.min((h + 1) * Ticks.HOUR, calendar.endTicks());
      clock.at(at, EventTypes.PRIORITY_TICK, this, EventTypes.HOUR_TICK, h);
    }
  }

  private void scheduleDay(int d) {
    if (d < calendar.dayCount()) {
      long at = Math.min(calendar.dayStart(d + 1), calendar.endTicks());
      clock.at(at, EventTypes.PRIORITY_DAY_TICK, this, EventTypes.DAY_TICK, d);
    }
  }

  private void onHour(int h) {
    long now = clock.now();
    double length = Math.max(1, now - h * Ticks.HOUR);
    Bins bins = recorder.bins;
    for (ReviewQueue q : queues) {
      double backlog = q.takeBacklogArea(now) / length;
      double staffed = q.takeStaffedArea(now) / length;
      bins.backlog[1 + q.index][h] = backlog;
      bins.staffed[1 + q.index][h] = staffed;
      bins.backlog[0][h] += backlog;
      bins.staffed[0][h] += staffed;
    }
    listener.onHour(length / Ticks.HOUR);
    if (!triggers.isEmpty()) {
      triggers.check();
    }
    scheduleHour(h + 1);
  }

  private void onDay(int d) {
    int active = 0;
    for (int c = 0; c < campaigns.active.length; c++) {
      active += campaigns.active[c];
    }
    recorder.bins.activeAccounts[d] = active;
    listener.onDay(d);
    if (calendar.warmUpTicks() > 0 && calendar.dayStart(d + 1) == calendar.warmUpTicks()) {
      atWarmUpEnd.run();
    }
    scheduleDay(d + 1);
  }
}
