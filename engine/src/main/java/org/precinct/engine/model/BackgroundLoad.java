package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.Parameter;

/**
 * Non-election work that competes for the same reviewers: an initial backlog at the start and a
 * Poisson stream of background cases per queue, lowest priority when a queue orders by severity.
 */
final class BackgroundLoad implements EventHandler {
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final ReviewQueue[] queues;
  private final CaseSink cases;
  private final EntityStreams arrivals;
  private final long[] pending;

  BackgroundLoad(
      ModelParameters parameters, Instruments tools, ReviewQueue[] queues, CaseSink cases) {
    this.parameters = parameters;
    this.clock = tools.clock();
    this.queues = queues;
    this.cases = cases;
    this.arrivals = new EntityStreams(tools.streams(), "background");
    this.pending = new long[queues.length];
    Arrays.fill(pending, -1L);
  }

  /** Opens every queue's initial backlog and schedules its first background arrival. */
  void start() {
    for (int q = 0; q < queues.length; q++) {
      for (int i = 0; i < queues[q].spec.initialBacklog(); i++) {
        arrive(q);
      }
      scheduleNext(q);
    }
  }

  @Override
  public void onEvent(int type, long payload) {
    int q = (int) payload;
    pending[q] = -1L;
    arrive(q);
    scheduleNext(q);
  }

  private void arrive(int q) {
    cases.open(CaseTable.BACKGROUND, q, ReviewQueue.BACKGROUND_LEVEL, q);
  }

  /** Redraws the next arrival after the background rate changed. */
  void onRateChanged(int q) {
    if (pending[q] >= 0) {
      clock.cancel(pending[q]);
      pending[q] = -1L;
    }
    scheduleNext(q);
  }

  private void scheduleNext(int q) {
    double perHour = parameters.get(Parameter.QUEUE_BACKGROUND_PER_HOUR, q);
    if (perHour <= 0.0) {
      return;
    }
    long at = clock.now() + Ticks.ofHours(arrivals.get(q).exponential(1.0 / perHour));
    if (at <= clock.endTicks()) {
      pending[q] = clock.at(at, EventTypes.PRIORITY_NORMAL, this, EventTypes.BACKGROUND, q);
    }
  }
}
