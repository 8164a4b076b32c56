package org.precinct.engine.model;

import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.kernel.Simulation;
import org.precinct.engine.kernel.Ticks;

/**
 * A replication's view of its {@link Simulation}: the current time and the scheduling calls the
 * stages use, each stage naming itself as the handler of its own events, so no stage dispatches
 * another's events and none reaches the kernel's misuse checks with a time in the past.
 */
final class ModelClock {
  private final Simulation sim;
  private final long endTicks;

  ModelClock(Simulation sim, long endTicks) {
    this.sim = sim;
    this.endTicks = endTicks;
  }

  long now() {
    return sim.now();
  }

  /** The end of the simulated window. */
  long endTicks() {
    return endTicks;
  }

  /** Schedules an event {@code hours} from now (negative hours count as zero). */
  long in(double hours, EventHandler handler, int type, long payload) {
    return sim.schedule(
        Ticks.ofHours(Math.max(0.0, hours)), EventTypes.PRIORITY_NORMAL, handler, type, payload);
  }

  /** Schedules an event at {@code time}, or now if that time has passed. */
  long at(long time, int priority, EventHandler handler, int type, long payload) {
    return sim.scheduleAt(Math.max(time, sim.now()), priority, handler, type, payload);
  }

  void cancel(long handle) {
    sim.cancel(handle);
  }

  Simulation simulation() {
    return sim;
  }
}
