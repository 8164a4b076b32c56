package org.precinct.engine.model;

import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.Parameter;

/**
 * Non-election work that competes for the same reviewers: an initial backlog at the start and a
 * Poisson stream of background cases per queue, lowest priority when a queue orders by severity.
 */
final class BackgroundLoad {
  private final ModelContext m;
  private final EntityStreams arrivals;
  private final long[] pending;

  BackgroundLoad(ModelContext m) {
    this.m = m;
    this.arrivals = new EntityStreams(m.streams, "background");
    this.pending = new long[m.queues.length];
    java.util.Arrays.fill(pending, -1L);
  }

  /** Opens every queue's initial backlog and schedules its first background arrival. */
  void start() {
    for (int q = 0; q < m.queues.length; q++) {
      for (int i = 0; i < m.queues[q].spec.initialBacklog(); i++) {
        arrive(q);
      }
      scheduleNext(q);
    }
  }

  void onArrival(int q) {
    pending[q] = -1L;
    arrive(q);
    scheduleNext(q);
  }

  private void arrive(int q) {
    m.desk.open(CaseTable.BACKGROUND, q, ReviewQueue.BACKGROUND_LEVEL, q);
  }

  /** Redraws the next arrival after the background rate changed. */
  void onRateChanged(int q) {
    if (pending[q] >= 0) {
      m.sim.cancel(pending[q]);
      pending[q] = -1L;
    }
    scheduleNext(q);
  }

  private void scheduleNext(int q) {
    double perHour = m.parameters.get(Parameter.QUEUE_BACKGROUND_PER_HOUR, q);
    if (perHour <= 0.0) {
      return;
    }
    long at = m.now() + Ticks.ofHours(arrivals.get(q).exponential(1.0 / perHour));
    if (at <= m.calendar.endTicks()) {
      pending[q] = m.scheduleAt(at, EventTypes.PRIORITY_NORMAL, EventTypes.BACKGROUND, q);
    }
  }
}
